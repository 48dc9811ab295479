package dev.mapsmith.reconstruction.sweep;

import java.util.Arrays;

/**
 * Bright ground points with an adaptive threshold along the ring: each point is compared with the
 * median intensity of the ground points around it on the same ring (similar range from the sensor),
 * so the gain of each beam and the fall-off with range cancel out without a beam index. Only open
 * ground can be paint (see {@link SweepGround}). The neighbours come from a range-and-bearing index
 * and the median from a selection, not a sort (a dense lidar puts hundreds of points in each
 * neighbourhood: docs/bench/reconstruction.md).
 */
final class RingPaint {

  /**
   * Slack (m) on the range window and radius handed to {@link RingIndex}, so that rounding never
   * drops a neighbour; the exact tests below still decide which points count.
   */
  private static final double MARGIN = 0.01;

  private RingPaint() {}

  /** Marks the points of {@code g} that are paint-bright against their ring. */
  static boolean[] bright(SweepGround g, SweepLineConfig cfg) {
    int n = g.size();
    boolean[] out = new boolean[n];
    RingIndex rings = new RingIndex(g.u(), g.v(), g.range(), n);
    double r2 = cfg.backgroundRadius() * cfg.backgroundRadius();
    double[] buf = new double[256];
    for (int i = 0; i < n; i++) {
      if (!g.open()[i]) {
        continue;
      }
      final int self = i;
      double tol = cfg.ringTolerance() + cfg.ringToleranceSlope() * g.range()[i];
      int[] count = {0};
      double[][] b = {buf};
      rings.near(
          g.u()[i],
          g.v()[i],
          g.range()[i],
          g.range()[i] - tol - MARGIN,
          g.range()[i] + tol + MARGIN,
          cfg.backgroundRadius() + MARGIN,
          j -> {
            if (j == self || Math.abs(g.range()[j] - g.range()[self]) > tol) {
              return;
            }
            double du = g.u()[j] - g.u()[self], dv = g.v()[j] - g.v()[self];
            if (du * du + dv * dv <= r2) {
              if (count[0] == b[0].length) {
                b[0] = Arrays.copyOf(b[0], count[0] * 2);
              }
              b[0][count[0]++] = g.intensity()[j];
            }
          });
      buf = b[0];
      if (count[0] < 5) {
        continue;
      }
      double background = MedianSelect.kth(buf, count[0], count[0] / 2);
      double in = g.intensity()[i];
      out[i] = in >= cfg.brightRatio() * background && in - background >= cfg.brightContrast();
    }
    return out;
  }
}
