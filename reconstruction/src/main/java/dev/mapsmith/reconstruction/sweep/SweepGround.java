package dev.mapsmith.reconstruction.sweep;

import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.reconstruction.cloud.GroundConfig;
import dev.mapsmith.reconstruction.cloud.GroundSegmentation;

/**
 * The ground points of one sweep in the vehicle's local frame: u along the heading, v to the left,
 * both from the sensor's position, with the world height, the intensity and the horizontal range
 * from the sensor (which tells the rings apart: a beam meets flat ground on a circle of one range).
 * A ground point is open when no object stands right beside it (no point up to 2.5 m above it
 * within {@link #CLEARANCE}): the foot of a parked car or a kerb face reads as bright ground, paint
 * lies on open road.
 */
record SweepGround(
    int size,
    double[] u,
    double[] v,
    double[] z,
    double[] intensity,
    double[] range,
    boolean[] open) {

  /**
   * The ground of {@code world} (points in the world frame) seen from a sensor at (sx, sy) with the
   * vehicle heading {@code yaw}.
   */
  static SweepGround of(
      PointCloud world,
      double sx,
      double sy,
      double yaw,
      GroundConfig ground,
      SweepLineConfig cfg) {
    int n = world.size();
    float[] x = new float[n], y = new float[n], z = new float[n], in = new float[n];
    int k = 0;
    double min2 = cfg.minRange() * cfg.minRange(), max2 = cfg.maxRange() * cfg.maxRange();
    for (int i = 0; i < n; i++) {
      double dx = world.x()[i] - sx, dy = world.y()[i] - sy, r2 = dx * dx + dy * dy;
      if (r2 >= min2 && r2 <= max2) {
        x[k] = world.x()[i];
        y[k] = world.y()[i];
        z[k] = world.z()[i];
        in[k] = world.intensity()[i];
        k++;
      }
    }
    boolean[] isGround = GroundSegmentation.apply(new PointCloud(k, x, y, z, in, null), ground);
    int m = 0;
    for (int i = 0; i < k; i++) {
      m += isGround[i] ? 1 : 0;
    }
    double c = Math.cos(yaw), s = Math.sin(yaw);
    double[] u = new double[m],
        v = new double[m],
        gz = new double[m],
        gi = new double[m],
        r = new double[m];
    int j = 0;
    for (int i = 0; i < k; i++) {
      if (isGround[i]) {
        double dx = x[i] - sx, dy = y[i] - sy;
        u[j] = dx * c + dy * s;
        v[j] = -dx * s + dy * c;
        gz[j] = z[i];
        gi[j] = in[i];
        r[j] = Math.hypot(dx, dy);
        j++;
      }
    }
    return new SweepGround(m, u, v, gz, gi, r, open(x, y, z, isGround, k, u, v, gz, sx, sy, c, s));
  }

  /** Horizontal distance around a ground point that must be free of objects. */
  static final double CLEARANCE = 0.4;

  /** Highest point above the ground that still counts as an object beside it. */
  static final double OBJECT_HEIGHT = 2.5;

  private static boolean[] open(
      float[] x,
      float[] y,
      float[] z,
      boolean[] isGround,
      int k,
      double[] u,
      double[] v,
      double[] gz,
      double sx,
      double sy,
      double c,
      double s) {
    int objects = 0;
    for (int i = 0; i < k; i++) {
      objects += isGround[i] ? 0 : 1;
    }
    double[] ou = new double[objects], ov = new double[objects], oz = new double[objects];
    int j = 0;
    for (int i = 0; i < k; i++) {
      if (!isGround[i]) {
        double dx = x[i] - sx, dy = y[i] - sy;
        ou[j] = dx * c + dy * s;
        ov[j] = -dx * s + dy * c;
        oz[j] = z[i];
        j++;
      }
    }
    PointGrid grid = new PointGrid(ou, ov, objects, CLEARANCE);
    boolean[] open = new boolean[u.length];
    double r2 = CLEARANCE * CLEARANCE;
    for (int i = 0; i < u.length; i++) {
      final int p = i;
      boolean[] blocked = {false};
      grid.near(
          u[i],
          v[i],
          CLEARANCE,
          q -> {
            double du = ou[q] - u[p], dv = ov[q] - v[p];
            if (!blocked[0] && du * du + dv * dv <= r2 && oz[q] - gz[p] <= OBJECT_HEIGHT) {
              blocked[0] = true;
            }
          });
      open[i] = !blocked[0];
    }
    return open;
  }
}
