package dev.mapsmith.drivelog.mcap.ros2;

import dev.mapsmith.core.frame.RigidTransform;

/**
 * {@code nav_msgs/msg/Odometry}: the child frame's pose in {@code header.frame_id} and its twist
 * (linear x is the forward speed, angular z the yaw rate, in the child frame).
 */
public record OdometryMessage(
    RosHeader header, String childFrame, RigidTransform pose, double speed, double yawRate) {

  public static OdometryMessage decode(byte[] b, int from, int to) {
    CdrCursor c = new CdrCursor(b, from, to);
    RosHeader h = RosHeader.read(c);
    String child = c.string();
    RigidTransform pose = RosTransform.read(c);
    c.skipF64(36);
    double vx = c.f64(), vy = c.f64();
    c.f64();
    c.f64();
    c.f64();
    double wz = c.f64();
    c.skipF64(36);
    return new OdometryMessage(h, child, pose, Math.hypot(vx, vy), wz);
  }
}
