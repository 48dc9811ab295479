// ROS 2 (Humble) message definitions as rosbag2 stores them in MCAP schemas: the type's .msg
// text, then each dependency after a line of '=' as "MSG: pkg/msg/Type".
const SEP = "=".repeat(80);
const dep = (name, text) => `${SEP}\nMSG: ${name}\n${text}`;

const TIME = "int32 sec\nuint32 nanosec";
const HEADER = "builtin_interfaces/Time stamp\nstring frame_id";
const VECTOR3 = "float64 x\nfloat64 y\nfloat64 z";
const QUAT = "float64 x 0\nfloat64 y 0\nfloat64 z 0\nfloat64 w 1";
const POINT = "float64 x\nfloat64 y\nfloat64 z";
const header = [dep("std_msgs/Header", HEADER), dep("builtin_interfaces/Time", TIME)];

export const MSGS = {
  "sensor_msgs/msg/PointCloud2": [
    "std_msgs/Header header\nuint32 height\nuint32 width\nPointField[] fields\nbool is_bigendian\nuint32 point_step\nuint32 row_step\nuint8[] data\nbool is_dense",
    ...header,
    dep(
      "sensor_msgs/PointField",
      "uint8 INT8=1\nuint8 UINT8=2\nuint8 INT16=3\nuint8 UINT16=4\nuint8 INT32=5\nuint8 UINT32=6\nuint8 FLOAT32=7\nuint8 FLOAT64=8\nstring name\nuint32 offset\nuint8 datatype\nuint32 count",
    ),
  ],
  "tf2_msgs/msg/TFMessage": [
    "geometry_msgs/TransformStamped[] transforms",
    dep("geometry_msgs/TransformStamped", "std_msgs/Header header\nstring child_frame_id\nTransform transform"),
    ...header,
    dep("geometry_msgs/Transform", "Vector3 translation\nQuaternion rotation"),
    dep("geometry_msgs/Vector3", VECTOR3),
    dep("geometry_msgs/Quaternion", QUAT),
  ],
  "sensor_msgs/msg/NavSatFix": [
    "std_msgs/Header header\nNavSatStatus status\nfloat64 latitude\nfloat64 longitude\nfloat64 altitude\nfloat64[9] position_covariance\nuint8 position_covariance_type",
    ...header,
    dep("sensor_msgs/NavSatStatus", "int8 status\nuint16 service"),
  ],
  "sensor_msgs/msg/Imu": [
    "std_msgs/Header header\ngeometry_msgs/Quaternion orientation\nfloat64[9] orientation_covariance\ngeometry_msgs/Vector3 angular_velocity\nfloat64[9] angular_velocity_covariance\ngeometry_msgs/Vector3 linear_acceleration\nfloat64[9] linear_acceleration_covariance",
    ...header,
    dep("geometry_msgs/Quaternion", QUAT),
    dep("geometry_msgs/Vector3", VECTOR3),
  ],
  "nav_msgs/msg/Odometry": [
    "std_msgs/Header header\nstring child_frame_id\ngeometry_msgs/PoseWithCovariance pose\ngeometry_msgs/TwistWithCovariance twist",
    ...header,
    dep("geometry_msgs/PoseWithCovariance", "Pose pose\nfloat64[36] covariance"),
    dep("geometry_msgs/Pose", "Point position\nQuaternion orientation"),
    dep("geometry_msgs/Point", POINT),
    dep("geometry_msgs/Quaternion", QUAT),
    dep("geometry_msgs/TwistWithCovariance", "Twist twist\nfloat64[36] covariance"),
    dep("geometry_msgs/Twist", "Vector3 linear\nVector3 angular"),
    dep("geometry_msgs/Vector3", VECTOR3),
  ],
  "sensor_msgs/msg/CompressedImage": ["std_msgs/Header header\nstring format\nuint8[] data", ...header],
  "sensor_msgs/msg/Image": [
    "std_msgs/Header header\nuint32 height\nuint32 width\nstring encoding\nuint8 is_bigendian\nuint32 step\nuint8[] data",
    ...header,
  ],
  "sensor_msgs/msg/CameraInfo": [
    "std_msgs/Header header\nuint32 height\nuint32 width\nstring distortion_model\nfloat64[] d\nfloat64[9] k\nfloat64[9] r\nfloat64[12] p\nuint32 binning_x\nuint32 binning_y\nRegionOfInterest roi",
    ...header,
    dep("sensor_msgs/RegionOfInterest", "uint32 x_offset\nuint32 y_offset\nuint32 height\nuint32 width\nbool do_rectify"),
  ],
};

export const schemaText = (type) => MSGS[type].join("\n");
