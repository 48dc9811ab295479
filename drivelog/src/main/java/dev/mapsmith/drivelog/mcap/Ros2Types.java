package dev.mapsmith.drivelog.mcap;

/** The ROS 2 message type names the reader understands (as MCAP schema names). */
final class Ros2Types {

  static final String POINT_CLOUD2 = "sensor_msgs/msg/PointCloud2";
  static final String NAV_SAT_FIX = "sensor_msgs/msg/NavSatFix";
  static final String IMU = "sensor_msgs/msg/Imu";
  static final String ODOMETRY = "nav_msgs/msg/Odometry";
  static final String TF = "tf2_msgs/msg/TFMessage";
  static final String COMPRESSED_IMAGE = "sensor_msgs/msg/CompressedImage";
  static final String IMAGE = "sensor_msgs/msg/Image";
  static final String CAMERA_INFO = "sensor_msgs/msg/CameraInfo";

  private Ros2Types() {}

  /** ROS 2 writes {@code pkg/msg/Type}; some tools write {@code pkg/Type}: both are accepted. */
  static boolean is(String schemaName, String type) {
    return schemaName.equals(type) || schemaName.equals(type.replace("/msg/", "/"));
  }
}
