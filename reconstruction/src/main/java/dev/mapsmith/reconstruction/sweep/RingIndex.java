package dev.mapsmith.reconstruction.sweep;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Ground points bucketed by range from the sensor and by bearing, for the ring neighbourhood of
 * {@link RingPaint}: the points of one ring within a radius of a point lie in a thin sector of an
 * annulus, so a query visits the few buckets of that sector instead of every point of a square
 * around it (which on a dense lidar holds all the nearby rings). Buckets are sorted once (counting
 * sort); a query may visit points outside the sector, never miss one inside it.
 */
final class RingIndex {

  /** Width of a range bucket (m). */
  static final double RANGE_BUCKET = 0.25;

  /** Number of bearing buckets around the sensor. */
  static final int BEARING_BUCKETS = 720;

  private static final double BEARING_STEP = 2 * Math.PI / BEARING_BUCKETS;

  private final double minRange;
  private final int ranges;
  private final int[] start;
  private final int[] order;

  /**
   * Indexes the {@code n} points at (u, v) from the sensor with horizontal ranges {@code range}.
   */
  RingIndex(double[] u, double[] v, double[] range, int n) {
    double r0 = Double.MAX_VALUE, r1 = 0;
    for (int i = 0; i < n; i++) {
      r0 = Math.min(r0, range[i]);
      r1 = Math.max(r1, range[i]);
    }
    minRange = n == 0 ? 0 : r0;
    ranges = n == 0 ? 1 : (int) ((r1 - minRange) / RANGE_BUCKET) + 1;
    start = new int[ranges * BEARING_BUCKETS + 1];
    int[] bucketOf = new int[n];
    for (int i = 0; i < n; i++) {
      bucketOf[i] = rangeBucket(range[i]) * BEARING_BUCKETS + bearingBucket(Math.atan2(v[i], u[i]));
      start[bucketOf[i] + 1]++;
    }
    for (int b = 0; b + 1 < start.length; b++) {
      start[b + 1] += start[b];
    }
    int[] fill = Arrays.copyOf(start, start.length);
    order = new int[n];
    for (int i = 0; i < n; i++) {
      order[fill[bucketOf[i]]++] = i;
    }
  }

  /**
   * Calls {@code visit} with at least every point whose range lies in [rangeLow, rangeHigh] and
   * that stands within {@code radius} of the point at (u, v), range {@code range}.
   */
  void near(
      double u,
      double v,
      double range,
      double rangeLow,
      double rangeHigh,
      double radius,
      IntConsumer visit) {
    int r0 = rangeBucket(rangeLow), r1 = rangeBucket(rangeHigh);
    int b0 = 0, b1 = BEARING_BUCKETS - 1;
    // Two points at ranges r and r' whose bearings differ by a stand at least 2 sqrt(r r')
    // sin(a / 2) apart, so a neighbour within the radius lies within this bearing of the point.
    double closest = Math.max(0, rangeLow) * range;
    double sine = closest > 0 ? radius / (2 * Math.sqrt(closest)) : 2;
    if (sine < 1) {
      double half = 2 * Math.asin(sine), bearing = Math.atan2(v, u);
      int lo = (int) Math.floor((bearing - half + Math.PI) / BEARING_STEP) - 1;
      int hi = (int) Math.floor((bearing + half + Math.PI) / BEARING_STEP) + 1;
      if (hi - lo + 1 < BEARING_BUCKETS) {
        b0 = lo;
        b1 = hi;
      }
    }
    for (int r = r0; r <= r1; r++) {
      for (int b = b0; b <= b1; b++) {
        int bucket = r * BEARING_BUCKETS + Math.floorMod(b, BEARING_BUCKETS);
        for (int k = start[bucket]; k < start[bucket + 1]; k++) {
          visit.accept(order[k]);
        }
      }
    }
  }

  private int rangeBucket(double range) {
    return Math.min(ranges - 1, Math.max(0, (int) Math.floor((range - minRange) / RANGE_BUCKET)));
  }

  private static int bearingBucket(double bearing) {
    return Math.floorMod((int) Math.floor((bearing + Math.PI) / BEARING_STEP), BEARING_BUCKETS);
  }
}
