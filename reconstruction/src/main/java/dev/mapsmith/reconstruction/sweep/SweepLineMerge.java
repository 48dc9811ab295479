package dev.mapsmith.reconstruction.sweep;

import dev.mapsmith.core.geom.Polyline;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps lines that add something: sweep lines in descending confidence, each dropped when most of
 * it (resampled every metre) lies within {@code tolerance} of a line already kept or given.
 */
public final class SweepLineMerge {

  private SweepLineMerge() {}

  public static List<SweepLine> distinct(
      List<SweepLine> found, List<Polyline> existing, double tolerance) {
    List<SweepLine> sorted = new ArrayList<>(found);
    sorted.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
    List<Polyline> kept = new ArrayList<>(existing);
    List<SweepLine> out = new ArrayList<>();
    for (SweepLine l : sorted) {
      List<double[]> samples = sample(l.geometry(), 1.0);
      int covered = 0;
      for (double[] p : samples) {
        for (Polyline k : kept) {
          if (distance(k, p[0], p[1]) <= tolerance) {
            covered++;
            break;
          }
        }
      }
      if (covered * 2 <= samples.size()) {
        out.add(l);
        kept.add(l.geometry());
      }
    }
    return out;
  }

  static List<double[]> sample(Polyline g, double step) {
    List<double[]> out = new ArrayList<>();
    out.add(new double[] {g.x(0), g.y(0)});
    for (int i = 1; i < g.size(); i++) {
      double dx = g.x(i) - g.x(i - 1), dy = g.y(i) - g.y(i - 1), len = Math.hypot(dx, dy);
      int n = Math.max(1, (int) Math.ceil(len / step));
      for (int k = 1; k <= n; k++) {
        out.add(new double[] {g.x(i - 1) + dx * k / n, g.y(i - 1) + dy * k / n});
      }
    }
    return out;
  }

  static double distance(Polyline g, double x, double y) {
    double best = Double.MAX_VALUE;
    for (int i = 1; i < g.size(); i++) {
      double ax = g.x(i - 1), ay = g.y(i - 1), dx = g.x(i) - ax, dy = g.y(i) - ay;
      double len2 = dx * dx + dy * dy;
      double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
      best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
    }
    if (g.size() == 1) {
      best = Math.hypot(x - g.x(0), y - g.y(0));
    }
    return best;
  }
}
