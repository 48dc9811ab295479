package dev.mapsmith.drivelog;

import dev.mapsmith.core.frame.RigidTransform;

/**
 * De-skews points that carry their own time: the pose is interpolated at the sweep time plus each
 * point's offset, quantised to 1 ms buckets so a sweep costs a few hundred pose interpolations.
 */
final class PerPointTime {

  private PerPointTime() {}

  static PointCloud toWorld(
      PointCloud c, RigidTransform sensorToVehicle, long sweepNs, PoseTrajectory trajectory) {
    float[] t = c.time(), x = c.x(), y = c.y(), z = c.z();
    long bucket = Long.MIN_VALUE;
    double[] m = new double[12];
    for (int i = 0, n = c.size(); i < n; i++) {
      long ns = sweepNs + Math.round(t[i] * 1e9);
      long b = Math.floorDiv(ns, 1_000_000L);
      if (b != bucket) {
        bucket = b;
        var mat = trajectory.at(b * 1_000_000L + 500_000L).compose(sensorToVehicle).toMatrix();
        m =
            new double[] {
              mat.m00(), mat.m01(), mat.m02(), mat.m10(), mat.m11(), mat.m12(),
              mat.m20(), mat.m21(), mat.m22(), mat.m30(), mat.m31(), mat.m32()
            };
      }
      double px = x[i], py = y[i], pz = z[i];
      x[i] = (float) (m[0] * px + m[3] * py + m[6] * pz + m[9]);
      y[i] = (float) (m[1] * px + m[4] * py + m[7] * pz + m[10]);
      z[i] = (float) (m[2] * px + m[5] * py + m[8] * pz + m[11]);
    }
    return c;
  }
}
