package dev.mapsmith.reconstruction.sweep;

import java.util.Arrays;

/**
 * Bright ground points with an adaptive threshold along the ring: each point is compared with the
 * median intensity of the ground points around it on the same ring (similar range from the sensor),
 * so the gain of each beam and the fall-off with range cancel out without a beam index. Only open
 * ground can be paint (see {@link SweepGround}).
 */
final class RingPaint {

  private RingPaint() {}

  /** Marks the points of {@code g} that are paint-bright against their ring. */
  static boolean[] bright(SweepGround g, SweepLineConfig cfg) {
    int n = g.size();
    boolean[] out = new boolean[n];
    PointGrid grid = new PointGrid(g.u(), g.v(), n, cfg.backgroundRadius());
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
      grid.near(
          g.u()[i],
          g.v()[i],
          cfg.backgroundRadius(),
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
      Arrays.sort(buf, 0, count[0]);
      double background = buf[count[0] / 2];
      double in = g.intensity()[i];
      out[i] = in >= cfg.brightRatio() * background && in - background >= cfg.brightContrast();
    }
    return out;
  }
}
