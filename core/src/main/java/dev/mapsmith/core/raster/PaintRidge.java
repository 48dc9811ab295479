package dev.mapsmith.core.raster;

import java.util.Arrays;
import java.util.Optional;

/**
 * Finds the centre of a painted line near a point: the brightest stripe of an intensity field on
 * the profile across the line, its centre taken halfway between the two half-maximum crossings (a
 * stripe's centre, whatever its width or how it straddles cells). No stripe, too little contrast, a
 * bright area rather than a stripe, or too little data: nothing found. Pure; no I/O.
 */
public final class PaintRidge {

  /** A scalar field over the ground plane: a value at (x, y), NaN where nothing is known. */
  @FunctionalInterface
  public interface Field {
    float at(double x, double y);
  }

  /** Profile sample spacing, metres (a fifth of a training-set cell). */
  static final double STEP = 0.02;

  /** How much brighter than the profile's median the stripe must be (intensity in [0, 1]). */
  public static final float MIN_CONTRAST = 0.1f;

  /** How far past the search reach a stripe found inside it may extend, metres. */
  static final double STRIPE_MARGIN = 0.3;

  private PaintRidge() {}

  /**
   * The channel {@code c} of {@code r} as a field, bilinear between cell centres (so that the
   * profile across a stripe is continuous); NaN outside the grid and where a cell is NaN.
   */
  public static Field of(BevRaster r, BevChannel c) {
    BevGrid g = r.grid();
    float[] v = r.channel(c);
    return (x, y) -> {
      if (g.cellOf(x, y) < 0) {
        return Float.NaN;
      }
      double fx = (x - g.minX()) / g.resolution() - 0.5, fy = (y - g.minY()) / g.resolution() - 0.5;
      int c0 = (int) Math.floor(fx), r0 = (int) Math.floor(fy);
      double ax = fx - c0, ay = fy - r0;
      float v00 = cell(g, v, c0, r0), v10 = cell(g, v, c0 + 1, r0);
      float v01 = cell(g, v, c0, r0 + 1), v11 = cell(g, v, c0 + 1, r0 + 1);
      return (float) ((1 - ay) * ((1 - ax) * v00 + ax * v10) + ay * ((1 - ax) * v01 + ax * v11));
    };
  }

  private static float cell(BevGrid g, float[] v, int col, int row) {
    col = Math.max(0, Math.min(g.width() - 1, col)); // the edge cells extend to the grid's edge
    row = Math.max(0, Math.min(g.height() - 1, row));
    return v[row * g.width() + col];
  }

  /**
   * The centre of the brightest stripe whose peak lies within {@code reach} metres of (x, y) along
   * the unit normal (nx, ny), as a point on that normal; empty when no stripe stands out by {@link
   * #MIN_CONTRAST} or when the bright run does not end within the reach plus {@link #STRIPE_MARGIN}
   * on both sides (an area, not a line).
   */
  public static Optional<double[]> centre(
      Field f, double x, double y, double nx, double ny, double reach) {
    double len = Math.hypot(nx, ny);
    if (!(len > 0) || !(reach > 0)) {
      return Optional.empty();
    }
    nx /= len;
    ny /= len;
    double span = reach + STRIPE_MARGIN;
    int half = (int) Math.round(span / STEP), n = 2 * half + 1;
    float[] v = new float[n];
    int known = 0;
    for (int i = 0; i < n; i++) {
      double t = (i - half) * STEP;
      v[i] = f.at(x + t * nx, y + t * ny);
      known += Float.isNaN(v[i]) ? 0 : 1;
    }
    if (known < n / 2) {
      return Optional.empty();
    }
    int inner = (int) Math.round(reach / STEP), peak = -1;
    for (int i = half - inner; i <= half + inner; i++) {
      if (!Float.isNaN(v[i]) && (peak < 0 || v[i] > v[peak])) {
        peak = i;
      }
    }
    float background = median(v);
    if (peak < 0 || v[peak] - background < MIN_CONTRAST) {
      return Optional.empty();
    }
    float level = (v[peak] + background) / 2;
    double left = crossing(v, peak, -1, level), right = crossing(v, peak, 1, level);
    if (Double.isNaN(left) || Double.isNaN(right)) {
      return Optional.empty();
    }
    double t = ((left + right) / 2 - half) * STEP;
    return Optional.of(new double[] {x + t * nx, y + t * ny});
  }

  /**
   * The fractional sample index where the profile first falls below {@code level}; NaN if never.
   */
  private static double crossing(float[] v, int from, int dir, float level) {
    for (int i = from + dir; i >= 0 && i < v.length; i += dir) {
      if (Float.isNaN(v[i])) {
        return Double.NaN; // the stripe's edge is not seen
      }
      if (v[i] < level) {
        int prev = i - dir;
        return prev + dir * (v[prev] - level) / (double) (v[prev] - v[i]);
      }
    }
    return Double.NaN;
  }

  /** The median of the known (non-NaN) samples; there is at least one. */
  private static float median(float[] v) {
    float[] s = new float[v.length];
    int n = 0;
    for (float x : v) {
      if (!Float.isNaN(x)) {
        s[n++] = x;
      }
    }
    Arrays.sort(s, 0, n);
    return s[n / 2];
  }
}
