package dev.mapsmith.drivelog.mcap.ros2;

import dev.mapsmith.core.frame.RigidTransform;

/** Reads {@code geometry_msgs} Vector3/Point + Quaternion (x y z w) pairs as rigid transforms. */
final class RosTransform {

  private RosTransform() {}

  /** A translation (3 × float64) then a rotation quaternion (x, y, z, w as float64). */
  static RigidTransform read(CdrCursor c) {
    double tx = c.f64(), ty = c.f64(), tz = c.f64();
    double qx = c.f64(), qy = c.f64(), qz = c.f64(), qw = c.f64();
    try {
      return new RigidTransform(qw, qx, qy, qz, tx, ty, tz);
    } catch (IllegalArgumentException e) {
      throw new CdrException("not a rigid transform: " + e.getMessage(), c.offset());
    }
  }
}
