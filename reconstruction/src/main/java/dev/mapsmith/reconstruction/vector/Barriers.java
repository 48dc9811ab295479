package dev.mapsmith.reconstruction.vector;

import dev.mapsmith.core.geom.Polyline;
import java.util.List;

/** Whether a join's gap passes over a barrier (a crosswalk outline or a stop line). */
final class Barriers {

  private Barriers() {}

  /** Whether the gap from a to b passes within half a metre of a barrier's outline. */
  static boolean crossed(double[] a, double[] b, List<Polyline> barriers) {
    for (Polyline w : barriers) {
      int n = w.size();
      for (int i = 0; i < n; i++) {
        int j = (i + 1) % n;
        if (segmentDistance(a[0], a[1], b[0], b[1], w.x(i), w.y(i), w.x(j), w.y(j)) < 0.5) {
          return true;
        }
      }
    }
    return false;
  }

  private static double segmentDistance(
      double ax, double ay, double bx, double by, double cx, double cy, double dx, double dy) {
    double d1 = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    double d2 = (bx - ax) * (dy - ay) - (by - ay) * (dx - ax);
    double d3 = (dx - cx) * (ay - cy) - (dy - cy) * (ax - cx);
    double d4 = (dx - cx) * (by - cy) - (dy - cy) * (bx - cx);
    if (d1 * d2 < 0 && d3 * d4 < 0) {
      return 0;
    }
    return Math.min(
        Math.min(pointSegment(cx, cy, ax, ay, bx, by), pointSegment(dx, dy, ax, ay, bx, by)),
        Math.min(pointSegment(ax, ay, cx, cy, dx, dy), pointSegment(bx, by, cx, cy, dx, dy)));
  }

  private static double pointSegment(
      double px, double py, double ax, double ay, double bx, double by) {
    double dx = bx - ax, dy = by - ay, len2 = dx * dx + dy * dy;
    double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
    return Math.hypot(px - ax - t * dx, py - ay - t * dy);
  }
}
