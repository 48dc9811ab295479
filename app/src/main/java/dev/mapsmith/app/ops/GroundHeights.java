package dev.mapsmith.app.ops;

import dev.mapsmith.viewer3d.PointCloud;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The ground's height under a point, from a lidar cloud: per 0.5 m cell, the 10th percentile of the
 * points' heights (the lowest surface, robust to a few points below it); where a cell is empty, the
 * nearest filled cell within 1 m. Built off the UI thread; immutable after that.
 */
public final class GroundHeights {

  static final double CELL = 0.5;
  private final Map<Long, Float> heights;

  private GroundHeights(Map<Long, Float> heights) {
    this.heights = heights;
  }

  /** Points that make a level. */
  static final int MIN_POINTS = 3;

  /** How close in height the points of a level are, metres. */
  static final float LEVEL = 0.05f;

  public static GroundHeights of(PointCloud cloud) {
    Map<Long, float[]> cells = new HashMap<>();
    Map<Long, Integer> sizes = new HashMap<>();
    for (int i = 0; i < cloud.size(); i++) {
      long key = key(cell(cloud.x(i)), cell(cloud.y(i)));
      int n = sizes.getOrDefault(key, 0);
      float[] zs = cells.get(key);
      if (zs == null) {
        zs = new float[4];
        cells.put(key, zs);
      } else if (n == zs.length) {
        zs = Arrays.copyOf(zs, n * 2);
        cells.put(key, zs);
      }
      zs[n] = cloud.z(i);
      sizes.put(key, n + 1);
    }
    Map<Long, Float> heights = new HashMap<>();
    cells.forEach(
        (key, zs) -> {
          int n = sizes.get(key);
          float[] sorted = Arrays.copyOf(zs, n);
          Arrays.sort(sorted);
          for (int i = 0; i + MIN_POINTS - 1 < n; i++) {
            if (sorted[i + MIN_POINTS - 1] - sorted[i] <= LEVEL) {
              heights.put(key, sorted[i + (MIN_POINTS - 1) / 2]);
              break;
            }
          }
        });
    return new GroundHeights(heights);
  }

  /** The ground height at (x, y), or NaN when there is no lidar within 1 m. */
  public double at(double x, double y) {
    long cx = cell(x), cy = cell(y);
    Float h = heights.get(key(cx, cy));
    if (h != null) {
      return h;
    }
    double best = Double.NaN, bestD = Double.POSITIVE_INFINITY;
    for (long dx = -2; dx <= 2; dx++) {
      for (long dy = -2; dy <= 2; dy++) {
        Float n = heights.get(key(cx + dx, cy + dy));
        double d = dx * dx + dy * dy;
        if (n != null && d < bestD) {
          bestD = d;
          best = n;
        }
      }
    }
    return best;
  }

  private static long cell(double v) {
    return (long) Math.floor(v / CELL);
  }

  private static long key(long cx, long cy) {
    return (cx << 32) ^ (cy & 0xffffffffL);
  }
}
