/**
 * ROS 2 messages in MCAP bags (CDR decoding of point clouds, images, camera info, IMU, poses)
 * turned into the DriveLog API. Reads only.
 */
package dev.mapsmith.drivelog.mcap.ros2;
