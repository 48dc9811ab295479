package dev.mapsmith.drivelog;

import dev.mapsmith.core.frame.RigidTransform;
import org.joml.Matrix4d;

/** Bulk operations on {@link PointCloud}s. */
public final class PointClouds {

  private PointClouds() {}

  /** Applies {@code t} to every point, in place; returns the same cloud. */
  public static PointCloud transformInPlace(PointCloud c, RigidTransform t) {
    Matrix4d m = t.toMatrix();
    float m00 = (float) m.m00(), m01 = (float) m.m01(), m02 = (float) m.m02();
    float m10 = (float) m.m10(), m11 = (float) m.m11(), m12 = (float) m.m12();
    float m20 = (float) m.m20(), m21 = (float) m.m21(), m22 = (float) m.m22();
    float m30 = (float) m.m30(), m31 = (float) m.m31(), m32 = (float) m.m32();
    float[] x = c.x(), y = c.y(), z = c.z();
    for (int i = 0, n = c.size(); i < n; i++) {
      float px = x[i], py = y[i], pz = z[i];
      x[i] = m00 * px + m10 * py + m20 * pz + m30;
      y[i] = m01 * px + m11 * py + m21 * pz + m31;
      z[i] = m02 * px + m12 * py + m22 * pz + m32;
    }
    return c;
  }

  /**
   * Puts a sweep's points into the world: each point goes through sensor-to-vehicle and the vehicle
   * pose at the sweep's time, or at its own time where the cloud has per-point times.
   */
  public static PointCloud toWorld(
      PointCloud sensorCloud,
      RigidTransform sensorToVehicle,
      long sweepTimestampNs,
      PoseTrajectory trajectory) {
    if (sensorCloud.time() == null) {
      return transformInPlace(
          sensorCloud, trajectory.at(sweepTimestampNs).compose(sensorToVehicle));
    }
    return PerPointTime.toWorld(sensorCloud, sensorToVehicle, sweepTimestampNs, trajectory);
  }

  /** The index of the first point with a coordinate that is not finite, or -1. */
  public static int firstNonFinite(PointCloud c) {
    float[] x = c.x(), y = c.y(), z = c.z();
    for (int i = 0, n = c.size(); i < n; i++) {
      if (!Float.isFinite(x[i] + y[i] + z[i])) {
        return i;
      }
    }
    return -1;
  }
}
