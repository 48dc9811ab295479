package dev.mapsmith.reconstruction.vector;

import java.util.List;

/**
 * Where a line's end meets another line: the end's outward ray (its direction measured over {@link
 * JunctionConfig#endReach()}) hits the other line within {@link JunctionConfig#reach()}, crossing
 * it at {@link JunctionConfig#minAngleDeg()} or more. A hit within {@link
 * JunctionConfig#minPiece()} of the hit line's own end is a corner (end to end), any other a
 * junction (end on line).
 */
final class RayHits {

  private RayHits() {}

  /**
   * The nearest junction of line {@code i}'s end {@code e}, or null: {line, segment, t, x, y, z,
   * which end of the hit line is within {@link JunctionConfig#minPiece()} (-1: neither)}. With
   * {@code corners}, only hits that near another line's end are returned; without, only those that
   * are not.
   */
  static double[] nearest(
      List<List<double[]>> pts, int i, int e, boolean corners, JunctionConfig c) {
    return along(pts, i, e, corners, null, 0, c.reach(), c);
  }

  /**
   * As {@link #nearest}, only along the stretch {@code from}–{@code to} m of the ray and not on the
   * line of {@code skip} (a hit found before, or null). The result carries the distance along the
   * ray as an eighth element.
   */
  static double[] along(
      List<List<double[]>> pts,
      int i,
      int e,
      boolean corners,
      double[] skip,
      double from,
      double to,
      JunctionConfig c) {
    List<double[]> p = pts.get(i);
    int m = p.size();
    double[] end = p.get(e == 0 ? 0 : m - 1);
    double[] back = null;
    double walked = 0;
    for (int k = 1; k < m; k++) {
      double[] a = p.get(e == 0 ? k - 1 : m - k), b = p.get(e == 0 ? k : m - 1 - k);
      walked += Math.hypot(b[0] - a[0], b[1] - a[1]);
      back = b;
      if (walked >= c.endReach()) {
        break;
      }
    }
    if (back == null) {
      return null;
    }
    double dx = end[0] - back[0], dy = end[1] - back[1], len = Math.hypot(dx, dy);
    if (len < 1e-6) {
      return null;
    }
    dx /= len;
    dy /= len;
    double sinMin = Math.sin(Math.toRadians(c.minAngleDeg()));
    double best = to;
    double[] found = null;
    for (int j = 0; j < pts.size(); j++) {
      if (skip != null && (j == (int) skip[0] || j == i)) {
        continue;
      }
      List<double[]> q = pts.get(j);
      double[] arc = LinePoints.arcLengths(q);
      double total = arc[arc.length - 1];
      for (int s = 0; s + 1 < q.size(); s++) {
        double[] a = q.get(s), b = q.get(s + 1);
        double sx = b[0] - a[0], sy = b[1] - a[1], sl = Math.hypot(sx, sy);
        if (sl < 1e-9) {
          continue;
        }
        double cross = dx * sy - dy * sx;
        if (Math.abs(cross) / sl < sinMin) {
          continue; // too flat a crossing
        }
        double ax = a[0] - end[0], ay = a[1] - end[1];
        double r = (ax * sy - ay * sx) / cross; // along the ray
        double t = (ax * dy - ay * dx) / cross; // along the segment
        if (r < from || r >= best || t < 0 || t > 1) {
          continue;
        }
        double at = arc[s] + t * sl;
        int nearEnd = at < c.minPiece() ? 0 : total - at < c.minPiece() ? 1 : -1;
        if (corners != (nearEnd >= 0)
            || corners && (j == i || total < 2 * c.minPiece() || r < c.touching())) {
          // (ends that already touch stay apart: they were cut apart at a U-turn)
          continue;
        }
        if (j == i) {
          double fromEnd = e == 0 ? at : total - at;
          if (fromEnd < c.ownSkip()) {
            continue;
          }
        }
        best = r;
        found =
            new double[] {
              j, s, t, a[0] + t * sx, a[1] + t * sy, a[2] + t * (b[2] - a[2]), nearEnd, r
            };
      }
    }
    return found;
  }
}
