package dev.mapsmith.core.geom;

/** Free functions on polylines, in the ground plane unless a name says 3D. */
public final class Polylines {

  private Polylines() {}

  /** Length in the ground plane; a closed ring includes its closing edge. */
  public static double length2d(Polyline line, boolean closed) {
    double sum = 0;
    int n = line.size();
    for (int i = 1; i < n; i++) {
      sum += Math.hypot(line.x(i) - line.x(i - 1), line.y(i) - line.y(i - 1));
    }
    if (closed && n > 2) {
      sum += Math.hypot(line.x(0) - line.x(n - 1), line.y(0) - line.y(n - 1));
    }
    return sum;
  }

  /**
   * Resamples to {@code count} points evenly spaced along the 3D length; a closed ring is walked
   * back to its start. A single vertex is repeated.
   */
  public static Polyline resample(Polyline line, boolean closed, int count) {
    Polyline path =
        closed && line.size() > 2 ? line.withInserted(line.size(), line.point(0)) : line;
    int n = path.size();
    if (n == 0 || count < 2) {
      throw new IllegalArgumentException("cannot resample " + n + " vertices to " + count);
    }
    double[] cumulative = new double[n];
    for (int i = 1; i < n; i++) {
      cumulative[i] = cumulative[i - 1] + path.point(i).distanceTo(path.point(i - 1));
    }
    double total = cumulative[n - 1];
    double[] out = new double[3 * count];
    int seg = 1;
    for (int k = 0; k < count; k++) {
      double target = total * k / (count - 1);
      while (seg < n - 1 && cumulative[seg] < target) {
        seg++;
      }
      double a = n == 1 ? 0 : cumulative[seg - 1];
      double span = n == 1 ? 0 : cumulative[seg] - a;
      double t = span > 0 ? (target - a) / span : 0;
      int i0 = n == 1 ? 0 : seg - 1, i1 = n == 1 ? 0 : seg;
      out[3 * k] = path.x(i0) + t * (path.x(i1) - path.x(i0));
      out[3 * k + 1] = path.y(i0) + t * (path.y(i1) - path.y(i0));
      out[3 * k + 2] = path.z(i0) + t * (path.z(i1) - path.z(i0));
    }
    return Polyline.of(out);
  }

  /** Ground-plane distance from (px, py) to the segment from vertex i to vertex i+1. */
  public static double distanceToSegment2d(Polyline line, int i, double px, double py) {
    return segmentDistance(px, py, line.x(i), line.y(i), line.x(i + 1), line.y(i + 1));
  }

  /** Ground-plane distance from (px, py) to the nearest point of the polyline. */
  public static double distanceTo2d(Polyline line, double px, double py) {
    if (line.size() == 1) {
      return Math.hypot(line.x(0) - px, line.y(0) - py);
    }
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i + 1 < line.size(); i++) {
      best = Math.min(best, distanceToSegment2d(line, i, px, py));
    }
    return best;
  }

  /** The plan-view distance from (px, py) to the segment from (ax, ay) to (bx, by). */
  public static double segmentDistance(
      double px, double py, double ax, double ay, double bx, double by) {
    double dx = bx - ax, dy = by - ay;
    double len2 = dx * dx + dy * dy;
    double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
    return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
  }
}
