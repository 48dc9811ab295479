package dev.mapsmith.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * Clips a polyline (x, y, z triples) to a convex polygon (counter-clockwise {x, y} corners): the
 * pieces inside, z interpolated, with flags telling which piece ends were cut at an edge.
 */
final class ConvexClip {

  /** A piece inside: its vertices and whether its first/last vertex lies on a cut. */
  record Part(double[] xyz, boolean cutStart, boolean cutEnd) {}

  private ConvexClip() {}

  static List<Part> clip(double[] xyz, double[][] polygon) {
    List<Part> parts = new ArrayList<>();
    List<Double> cur = new ArrayList<>();
    boolean cutStart = false;
    int n = xyz.length / 3;
    for (int i = 0; i + 1 < n; i++) {
      double[] a = {xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2]};
      double[] b = {xyz[3 * i + 3], xyz[3 * i + 4], xyz[3 * i + 5]};
      double[] t = segment(a, b, polygon);
      if (t == null) {
        continue; // wholly outside
      }
      double[] p = lerp(a, b, t[0]), q = lerp(a, b, t[1]);
      if (cur.isEmpty()) {
        cutStart = t[0] > 0;
        add(cur, p);
      }
      add(cur, q);
      if (t[1] < 1) {
        parts.add(part(cur, cutStart, true));
        cur = new ArrayList<>();
      }
    }
    if (cur.size() >= 6) {
      parts.add(part(cur, cutStart, false));
    }
    parts.removeIf(p -> p.xyz().length < 6 || length(p.xyz()) < 1e-6);
    return parts;
  }

  /** The parameter range [t0, t1] of segment a-b inside the polygon, or null (Cyrus-Beck). */
  private static double[] segment(double[] a, double[] b, double[][] poly) {
    double t0 = 0, t1 = 1;
    double dx = b[0] - a[0], dy = b[1] - a[1];
    for (int k = 0; k < poly.length; k++) {
      double[] p = poly[k], q = poly[(k + 1) % poly.length];
      double nx = -(q[1] - p[1]), ny = q[0] - p[0]; // inward normal of a CCW polygon
      double num = nx * (a[0] - p[0]) + ny * (a[1] - p[1]);
      double den = nx * dx + ny * dy;
      if (Math.abs(den) < 1e-12) {
        if (num < 0) {
          return null;
        }
      } else {
        double t = -num / den;
        if (den > 0) {
          t0 = Math.max(t0, t);
        } else {
          t1 = Math.min(t1, t);
        }
      }
    }
    return t0 <= t1 ? new double[] {t0, t1} : null;
  }

  /** Whether a point lies inside the convex polygon. */
  static boolean inside(double x, double y, double[][] poly) {
    for (int k = 0; k < poly.length; k++) {
      double[] p = poly[k], q = poly[(k + 1) % poly.length];
      if ((q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]) < 0) {
        return false;
      }
    }
    return true;
  }

  private static double[] lerp(double[] a, double[] b, double t) {
    return new double[] {
      a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]), a[2] + t * (b[2] - a[2])
    };
  }

  private static void add(List<Double> l, double[] p) {
    int n = l.size();
    if (n >= 3 && Math.hypot(l.get(n - 3) - p[0], l.get(n - 2) - p[1]) < 1e-9) {
      return;
    }
    l.add(p[0]);
    l.add(p[1]);
    l.add(p[2]);
  }

  private static Part part(List<Double> l, boolean cutStart, boolean cutEnd) {
    double[] xyz = new double[l.size()];
    for (int i = 0; i < xyz.length; i++) {
      xyz[i] = l.get(i);
    }
    return new Part(xyz, cutStart, cutEnd);
  }

  static double length(double[] xyz) {
    double s = 0;
    for (int i = 3; i < xyz.length; i += 3) {
      s += Math.hypot(xyz[i] - xyz[i - 3], xyz[i + 1] - xyz[i - 2]);
    }
    return s;
  }
}
