package dev.mapsmith.drivelog.mcap.ros2;

/**
 * {@code sensor_msgs/msg/Imu}: orientation quaternion (x y z w; a covariance whose first element is
 * -1 means "no orientation"), angular velocity and linear acceleration.
 */
public record ImuMessage(
    RosHeader header,
    double qx,
    double qy,
    double qz,
    double qw,
    boolean hasOrientation,
    double yawRate,
    double forwardAcceleration) {

  public static ImuMessage decode(byte[] b, int from, int to) {
    CdrCursor c = new CdrCursor(b, from, to);
    RosHeader h = RosHeader.read(c);
    double qx = c.f64(), qy = c.f64(), qz = c.f64(), qw = c.f64();
    double cov0 = c.f64();
    c.skipF64(8);
    c.f64();
    c.f64();
    double wz = c.f64();
    c.skipF64(9);
    double ax = c.f64();
    c.skipF64(2 + 9);
    double norm2 = qx * qx + qy * qy + qz * qz + qw * qw;
    boolean has = cov0 != -1 && norm2 > 1e-6 && Double.isFinite(norm2); // else: no orientation
    return new ImuMessage(h, qx, qy, qz, qw, has, wz, ax);
  }
}
