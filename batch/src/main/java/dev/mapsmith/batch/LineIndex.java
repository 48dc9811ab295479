package dev.mapsmith.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The segments of some polylines in a hash grid: the nearest point on them to a query point within
 * a search radius, with the segment's unit normal.
 */
final class LineIndex {

  /** The nearest point (x, y), its distance and the segment's unit normal (nx, ny). */
  record Hit(double x, double y, double distance, double nx, double ny) {}

  private final double cell;
  private final Map<Long, List<double[]>> grid = new HashMap<>();

  LineIndex(List<double[]> lines, double cell) {
    this.cell = cell;
    for (double[] xyz : lines) {
      for (int i = 3; i < xyz.length; i += 3) {
        double[] s = {xyz[i - 3], xyz[i - 2], xyz[i], xyz[i + 1]};
        long x0 = key(Math.min(s[0], s[2])), x1 = key(Math.max(s[0], s[2]));
        long y0 = key(Math.min(s[1], s[3])), y1 = key(Math.max(s[1], s[3]));
        for (long gx = x0; gx <= x1; gx++) {
          for (long gy = y0; gy <= y1; gy++) {
            grid.computeIfAbsent(gx * 1_000_003L + gy, k -> new ArrayList<>()).add(s);
          }
        }
      }
    }
  }

  private long key(double v) {
    return (long) Math.floor(v / cell);
  }

  /** The nearest segment point within {@code radius} (at most one cell), or null. */
  Hit nearest(double x, double y, double radius) {
    Hit best = null;
    for (long gx = key(x) - 1; gx <= key(x) + 1; gx++) {
      for (long gy = key(y) - 1; gy <= key(y) + 1; gy++) {
        for (double[] s : grid.getOrDefault(gx * 1_000_003L + gy, List.of())) {
          double dx = s[2] - s[0], dy = s[3] - s[1], len2 = dx * dx + dy * dy;
          double t = len2 == 0 ? 0 : ((x - s[0]) * dx + (y - s[1]) * dy) / len2;
          t = Math.max(0, Math.min(1, t));
          double px = s[0] + t * dx, py = s[1] + t * dy, d = Math.hypot(x - px, y - py);
          if (d <= radius && (best == null || d < best.distance())) {
            double len = Math.sqrt(len2);
            best = len == 0 ? null : new Hit(px, py, d, -dy / len, dx / len);
          }
        }
      }
    }
    return best;
  }

  /** Points along a polyline every {@code step} metres (its first vertex included). */
  static List<double[]> samples(double[] xyz, double step) {
    List<double[]> out = new ArrayList<>();
    double s = 0; // where the next sample lies along the current segment
    for (int i = 3; i < xyz.length; i += 3) {
      double ax = xyz[i - 3], ay = xyz[i - 2], bx = xyz[i], by = xyz[i + 1];
      double len = Math.hypot(bx - ax, by - ay);
      for (; s < len; s += step) {
        out.add(new double[] {ax + (bx - ax) * s / len, ay + (by - ay) * s / len});
      }
      s -= len;
    }
    return out;
  }
}
