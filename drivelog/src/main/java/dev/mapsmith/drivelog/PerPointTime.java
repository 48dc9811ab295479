package dev.mapsmith.drivelog;

import dev.mapsmith.core.frame.RigidTransform;
import org.joml.Matrix4d;

/**
 * De-skews points that carry their own time: the pose is interpolated at the sweep time plus each
 * point's offset, quantised to 1 ms buckets so a sweep costs a few hundred pose interpolations.
 *
 * <p>The buckets a sweep spans are turned into one table of matrices first (a sweep of 0.1 s is
 * about 100 of them), so the per-point loop is a table look-up and a multiply-add whatever the
 * order of the points' times. A sweep whose times span more than {@link #MAX_TABLE} buckets (a
 * broken time field) is done bucket by bucket as the points come, with the same result.
 */
final class PerPointTime {

  /** The most buckets (ms) one table holds: 100 s of per-point time offsets. */
  static final int MAX_TABLE = 100_000;

  private static final long BUCKET_NS = 1_000_000L;

  /** A point time offset beyond this (1000 s, a broken time field) is done without the table. */
  private static final long MAX_OFFSET_NS = 1_000_000_000_000L;

  private PerPointTime() {}

  static PointCloud toWorld(
      PointCloud c, RigidTransform sensorToVehicle, long sweepNs, PoseTrajectory trajectory) {
    float[] t = c.time();
    int n = c.size();
    if (n == 0) {
      return c;
    }
    // The buckets span from the earliest time to the latest (a bucket grows with the time); NaN
    // times are rounded to 0 (the sweep's own time), so that bucket is always in the table.
    float earliest = 0, latest = 0;
    for (int i = 0; i < n; i++) {
      float v = t[i];
      earliest = v < earliest ? v : earliest;
      latest = v > latest ? v : latest;
    }
    long rEarliest = Math.round(earliest * 1e9), rLatest = Math.round(latest * 1e9);
    if (rEarliest < -MAX_OFFSET_NS || rLatest > MAX_OFFSET_NS) {
      return bucketByBucket(c, sensorToVehicle, sweepNs, trajectory);
    }
    // bucket(sweepNs, t) = base + floorMs(rem + round(t * 1e9)): the same buckets, exactly
    long base = Math.floorDiv(sweepNs, BUCKET_NS), rem = sweepNs - base * BUCKET_NS;
    long lo = floorMs(rem + rEarliest), hi = floorMs(rem + rLatest);
    if (hi - lo >= MAX_TABLE) {
      return bucketByBucket(c, sensorToVehicle, sweepNs, trajectory);
    }
    int buckets = (int) (hi - lo + 1);
    double[] table = new double[12 * buckets];
    boolean[] filled = new boolean[buckets];
    float[] x = c.x(), y = c.y(), z = c.z();
    for (int i = 0; i < n; i++) {
      int j = (int) (floorMs(rem + Math.round(t[i] * 1e9)) - lo);
      if (!filled[j]) {
        matrix(base + lo + j, sensorToVehicle, trajectory, table, 12 * j);
        filled[j] = true;
      }
      int o = 12 * j;
      double px = x[i], py = y[i], pz = z[i];
      x[i] = (float) (table[o] * px + table[o + 3] * py + table[o + 6] * pz + table[o + 9]);
      y[i] = (float) (table[o + 1] * px + table[o + 4] * py + table[o + 7] * pz + table[o + 10]);
      z[i] = (float) (table[o + 2] * px + table[o + 5] * py + table[o + 8] * pz + table[o + 11]);
    }
    return c;
  }

  /**
   * {@code Math.floorDiv(v, 1 ms)} for |v| < 2^52 without a long division (tens of cycles a point):
   * a floating-point estimate, corrected by one where it is off.
   */
  private static long floorMs(long v) {
    long q = (long) Math.floor(v * 1e-6);
    long qm = q * BUCKET_NS;
    if (qm > v) {
      return q - 1;
    }
    return qm + BUCKET_NS <= v ? q + 1 : q;
  }

  /** The 1 ms bucket a point's time falls in (the time is the sweep's plus its offset). */
  private static long bucket(long sweepNs, float offsetSeconds) {
    return Math.floorDiv(sweepNs + Math.round(offsetSeconds * 1e9), BUCKET_NS);
  }

  /** The sensor-to-world matrix at the middle of {@code bucket}, written to {@code out[at..]}. */
  private static void matrix(
      long bucket,
      RigidTransform sensorToVehicle,
      PoseTrajectory trajectory,
      double[] out,
      int at) {
    Matrix4d m =
        trajectory.at(bucket * BUCKET_NS + BUCKET_NS / 2).compose(sensorToVehicle).toMatrix();
    out[at] = m.m00();
    out[at + 1] = m.m01();
    out[at + 2] = m.m02();
    out[at + 3] = m.m10();
    out[at + 4] = m.m11();
    out[at + 5] = m.m12();
    out[at + 6] = m.m20();
    out[at + 7] = m.m21();
    out[at + 8] = m.m22();
    out[at + 9] = m.m30();
    out[at + 10] = m.m31();
    out[at + 11] = m.m32();
  }

  /** The same transform without a table: the matrix is recomputed whenever the bucket changes. */
  static PointCloud bucketByBucket(
      PointCloud c, RigidTransform sensorToVehicle, long sweepNs, PoseTrajectory trajectory) {
    float[] t = c.time(), x = c.x(), y = c.y(), z = c.z();
    long bucket = Long.MIN_VALUE;
    double[] m = new double[12];
    for (int i = 0, n = c.size(); i < n; i++) {
      long b = bucket(sweepNs, t[i]);
      if (b != bucket) {
        bucket = b;
        matrix(b, sensorToVehicle, trajectory, m, 0);
      }
      double px = x[i], py = y[i], pz = z[i];
      x[i] = (float) (m[0] * px + m[3] * py + m[6] * pz + m[9]);
      y[i] = (float) (m[1] * px + m[4] * py + m[7] * pz + m[10]);
      z[i] = (float) (m[2] * px + m[5] * py + m[8] * pz + m[11]);
    }
    return c;
  }
}
