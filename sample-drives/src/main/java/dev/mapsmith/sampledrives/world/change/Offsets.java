package dev.mapsmith.sampledrives.world.change;

import java.util.ArrayList;
import java.util.List;

/** Plane geometry of changes: a polyline moved sideways, its length and its middle. */
final class Offsets {

  private Offsets() {}

  /**
   * {@code pts} moved {@code left} metres to their left (negative: to the right), each vertex along
   * the mean normal of its two segments.
   */
  static List<double[]> sideways(List<double[]> pts, double left) {
    List<double[]> out = new ArrayList<>(pts.size());
    for (int i = 0; i < pts.size(); i++) {
      double[] a = pts.get(Math.max(0, i - 1)), b = pts.get(Math.min(pts.size() - 1, i + 1));
      double dx = b[0] - a[0], dy = b[1] - a[1], len = Math.hypot(dx, dy);
      double nx = len < 1e-9 ? 0 : -dy / len, ny = len < 1e-9 ? 0 : dx / len;
      out.add(new double[] {pts.get(i)[0] + nx * left, pts.get(i)[1] + ny * left});
    }
    return out;
  }

  /**
   * +1 when a point just left of the polyline's middle is closer to {@code other} than one just
   * right of it (the other line lies to the left), else -1.
   */
  static int sideOf(List<double[]> pts, List<double[]> other) {
    double[] m = middle(pts);
    List<double[]> probe = sideways(pts, 0.5);
    double[] l = middle(probe);
    double[] r = {2 * m[0] - l[0], 2 * m[1] - l[1]};
    return distance(l, other) < distance(r, other) ? 1 : -1;
  }

  static double length(List<double[]> pts) {
    double sum = 0;
    for (int i = 1; i < pts.size(); i++) {
      sum += Math.hypot(pts.get(i)[0] - pts.get(i - 1)[0], pts.get(i)[1] - pts.get(i - 1)[1]);
    }
    return sum;
  }

  /** The point halfway along the polyline. */
  static double[] middle(List<double[]> pts) {
    double half = length(pts) / 2, acc = 0;
    for (int i = 1; i < pts.size(); i++) {
      double[] a = pts.get(i - 1), b = pts.get(i);
      double d = Math.hypot(b[0] - a[0], b[1] - a[1]);
      if (acc + d >= half && d > 0) {
        double t = (half - acc) / d;
        return new double[] {a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])};
      }
      acc += d;
    }
    return pts.get(0);
  }

  /** Distance from a point to the nearest point of a polyline. */
  static double distance(double[] p, List<double[]> line) {
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i + 1 < line.size(); i++) {
      best = Math.min(best, segment(p, line.get(i), line.get(i + 1)));
    }
    return line.size() == 1 ? Math.hypot(p[0] - line.get(0)[0], p[1] - line.get(0)[1]) : best;
  }

  private static double segment(double[] p, double[] a, double[] b) {
    double dx = b[0] - a[0], dy = b[1] - a[1], l2 = dx * dx + dy * dy;
    double t = l2 == 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2;
    t = Math.max(0, Math.min(1, t));
    return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
  }

  /** Points every {@code step} metres along the polyline, both ends included. */
  static List<double[]> samples(List<double[]> pts, double step) {
    List<double[]> out = new ArrayList<>();
    out.add(pts.get(0));
    for (int i = 1; i < pts.size(); i++) {
      double[] a = pts.get(i - 1), b = pts.get(i);
      int n = (int) Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / step);
      for (int k = 1; k <= n; k++) {
        double t = (double) k / n;
        out.add(new double[] {a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])});
      }
    }
    return out;
  }
}
