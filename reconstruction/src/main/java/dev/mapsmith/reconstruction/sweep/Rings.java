package dev.mapsmith.reconstruction.sweep;

import java.util.Arrays;

/** Counts distinct rings among hits by their range from the sensor. */
final class Rings {

  /**
   * Hits whose ranges differ by less than this plus {@link #SAME_RING_SLOPE} × range are taken to
   * lie on one ring (a ring on sloping ground, or seen where it runs along a line, spreads in
   * range).
   */
  static final double SAME_RING = 0.25;

  static final double SAME_RING_SLOPE = 0.03;

  private Rings() {}

  static int count(double[] ranges) {
    if (ranges.length == 0) {
      return 0;
    }
    double[] r = ranges.clone();
    Arrays.sort(r);
    int rings = 1;
    for (int i = 1; i < r.length; i++) {
      if (!same(r[i - 1], r[i])) {
        rings++;
      }
    }
    return rings;
  }

  static boolean same(double rangeA, double rangeB) {
    return Math.abs(rangeA - rangeB) < SAME_RING + SAME_RING_SLOPE * Math.min(rangeA, rangeB);
  }
}
