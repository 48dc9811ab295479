package dev.mapsmith.reconstruction.learned;

import dev.mapsmith.core.geom.Polyline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Drops lines that run along a longer line of the same class: a band of pixels that straddles a
 * line of the piece grid is cut lengthwise into two thin fragments, and each would chain into a
 * line of its own.
 */
final class Duplicates {

  private Duplicates() {}

  /**
   * The lines, longest first, without any that lies mostly within {@code tolerance} of a kept one.
   */
  static List<ClassVectorizer.Feature> drop(
      List<ClassVectorizer.Feature> lines, double tolerance, double share) {
    List<ClassVectorizer.Feature> sorted = new ArrayList<>(lines);
    sorted.sort(Comparator.comparingDouble((ClassVectorizer.Feature f) -> -length(f.geometry())));
    List<ClassVectorizer.Feature> kept = new ArrayList<>();
    for (ClassVectorizer.Feature f : sorted) {
      boolean duplicate = false;
      for (ClassVectorizer.Feature k : kept) {
        if (k.geometry().bounds().expand(tolerance).intersects(f.geometry().bounds())
            && nearShare(f.geometry(), k.geometry(), tolerance) >= share) {
          duplicate = true;
          break;
        }
      }
      if (!duplicate) {
        kept.add(f);
      }
    }
    return kept;
  }

  static double length(Polyline g) {
    double sum = 0;
    for (int i = 1; i < g.size(); i++) {
      sum += Math.hypot(g.x(i) - g.x(i - 1), g.y(i) - g.y(i - 1));
    }
    return sum;
  }

  /** Share of {@code a}'s vertices within {@code tol} of {@code b}. */
  static double nearShare(Polyline a, Polyline b, double tol) {
    int near = 0;
    for (int i = 0; i < a.size(); i++) {
      if (distance(a.x(i), a.y(i), b) <= tol) {
        near++;
      }
    }
    return a.size() == 0 ? 0 : (double) near / a.size();
  }

  private static double distance(double x, double y, Polyline b) {
    double best = Double.POSITIVE_INFINITY;
    for (int i = 1; i < b.size(); i++) {
      double ax = b.x(i - 1), ay = b.y(i - 1), dx = b.x(i) - ax, dy = b.y(i) - ay;
      double len2 = dx * dx + dy * dy;
      double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2));
      best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
    }
    return b.size() == 1 ? Math.hypot(x - b.x(0), y - b.y(0)) : best;
  }
}
