package dev.mapsmith.reconstruction.learned;

import dev.mapsmith.reconstruction.grid.DenseLayers;

/**
 * The direction of the stripes painted inside a region, from the intensity. Seen along the stripes'
 * direction, every slice across the region is all paint or all road; at any other angle slices mix
 * both. So the stripes' direction is the one whose slices (a cell wide, across it) explain most of
 * the region's intensity variance. Geometric contract: for parallel stripes at any angle the result
 * is their direction, whatever the driving direction; a region without such a pattern gives NaN.
 */
final class StripeAxis {

  /** Angles are searched in steps of this many degrees, then refined to a tenth of it. */
  private static final double STEP_DEG = 1;

  private StripeAxis() {}

  /**
   * The stripes' direction (radians, modulo π) in the region {@code comp} (cell indices of {@code
   * layers}); NaN when fewer than {@code minCells} cells have an intensity or the best direction's
   * slices explain less than {@code minShare} of the intensity variance. {@code intensity} holds
   * NaN in cells without points.
   */
  static double of(
      DenseLayers layers, int[] comp, float[] intensity, int minCells, double minShare) {
    double[] x = new double[comp.length], y = new double[comp.length];
    float[] v = new float[comp.length];
    int n = 0;
    double cx = 0, cy = 0, mean = 0;
    for (int cell : comp) {
      if (!Float.isNaN(intensity[cell])) {
        x[n] = layers.centerX(cell % layers.width);
        y[n] = layers.centerY(cell / layers.width);
        v[n] = intensity[cell];
        cx += x[n];
        cy += y[n];
        mean += v[n++];
      }
    }
    if (n < minCells) {
      return Double.NaN;
    }
    cx /= n;
    cy /= n;
    mean /= n;
    double total = 0;
    for (int i = 0; i < n; i++) {
      x[i] -= cx;
      y[i] -= cy;
      total += (v[i] - mean) * (v[i] - mean);
    }
    if (!(total > 0)) {
      return Double.NaN;
    }
    double best = 0, bestShare = -1;
    for (double deg = 0; deg < 180; deg += STEP_DEG) {
      double share = sliceShare(x, y, v, n, mean, Math.toRadians(deg), layers.resolution);
      if (share > bestShare) {
        bestShare = share;
        best = deg;
      }
    }
    double coarse = best;
    for (double deg = coarse - STEP_DEG; deg <= coarse + STEP_DEG; deg += STEP_DEG / 10) {
      double share = sliceShare(x, y, v, n, mean, Math.toRadians(deg), layers.resolution);
      if (share > bestShare) {
        bestShare = share;
        best = deg;
      }
    }
    return bestShare / total < minShare ? Double.NaN : Math.toRadians(best);
  }

  /** The between-slice sum of squares when the stripes run at {@code angle}. */
  private static double sliceShare(
      double[] x, double[] y, float[] v, int n, double mean, double angle, double width) {
    double s = Math.sin(angle), c = Math.cos(angle);
    double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      double across = -x[i] * s + y[i] * c;
      lo = Math.min(lo, across);
      hi = Math.max(hi, across);
    }
    int bins = (int) ((hi - lo) / width) + 1;
    double[] sum = new double[bins];
    int[] count = new int[bins];
    for (int i = 0; i < n; i++) {
      int k = (int) ((-x[i] * s + y[i] * c - lo) / width);
      sum[k] += v[i];
      count[k]++;
    }
    double between = 0;
    for (int k = 0; k < bins; k++) {
      if (count[k] > 0) {
        double m = sum[k] / count[k] - mean;
        between += count[k] * m * m;
      }
    }
    return between;
  }
}
