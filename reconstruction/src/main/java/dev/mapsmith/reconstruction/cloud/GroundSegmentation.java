package dev.mapsmith.reconstruction.cloud;

import dev.mapsmith.drivelog.PointCloud;
import java.util.Arrays;

/**
 * Grid-based ground segmentation: the lowest point of each coarse cell, then a slope-limited
 * erosion (the surface at a cell is the lowest of its neighbours' minima raised by slope ×
 * distance, which lifts it off roofs and bonnets to the road around them), then every point within
 * the height tolerance of that surface is ground. Linear in the points.
 */
public final class GroundSegmentation {

  private GroundSegmentation() {}

  /** Marks the ground points of {@code cloud}. */
  public static boolean[] apply(PointCloud cloud, GroundConfig cfg) {
    int n = cloud.size();
    boolean[] ground = new boolean[n];
    if (n == 0) {
      return ground;
    }
    float[] x = cloud.x(), y = cloud.y(), z = cloud.z();
    float minX = Float.MAX_VALUE,
        minY = Float.MAX_VALUE,
        maxX = -Float.MAX_VALUE,
        maxY = -Float.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      minX = Math.min(minX, x[i]);
      maxX = Math.max(maxX, x[i]);
      minY = Math.min(minY, y[i]);
      maxY = Math.max(maxY, y[i]);
    }
    double inv = 1 / cfg.cell();
    int w = (int) ((maxX - minX) * inv) + 1, h = (int) ((maxY - minY) * inv) + 1;
    float[] lowest = new float[w * h];
    Arrays.fill(lowest, Float.POSITIVE_INFINITY);
    int[] cellOf = new int[n];
    for (int i = 0; i < n; i++) {
      int c = (int) ((y[i] - minY) * inv) * w + (int) ((x[i] - minX) * inv);
      cellOf[i] = c;
      if (z[i] < lowest[c]) {
        lowest[c] = z[i];
      }
    }
    float[] surface = erode(lowest, w, h, cfg.radiusCells(), (float) (cfg.maxSlope() * cfg.cell()));
    float tol = (float) cfg.heightTolerance();
    for (int i = 0; i < n; i++) {
      ground[i] = z[i] <= surface[cellOf[i]] + tol;
    }
    return ground;
  }

  /** Per cell: min over cells within {@code r} (Chebyshev) of lowest + slopePerCell × distance. */
  static float[] erode(float[] lowest, int w, int h, int r, float slopePerCell) {
    // Separable: rows then columns, each a min over ±r with a linear penalty.
    float[] rows = new float[w * h];
    for (int row = 0; row < h; row++) {
      for (int col = 0; col < w; col++) {
        float best = Float.POSITIVE_INFINITY;
        for (int d = -r; d <= r; d++) {
          int c = col + d;
          if (c >= 0 && c < w) {
            best = Math.min(best, lowest[row * w + c] + slopePerCell * Math.abs(d));
          }
        }
        rows[row * w + col] = best;
      }
    }
    float[] out = new float[w * h];
    for (int row = 0; row < h; row++) {
      for (int col = 0; col < w; col++) {
        float best = Float.POSITIVE_INFINITY;
        for (int d = -r; d <= r; d++) {
          int rr = row + d;
          if (rr >= 0 && rr < h) {
            best = Math.min(best, rows[rr * w + col] + slopePerCell * Math.abs(d));
          }
        }
        out[row * w + col] = best;
      }
    }
    return out;
  }
}
