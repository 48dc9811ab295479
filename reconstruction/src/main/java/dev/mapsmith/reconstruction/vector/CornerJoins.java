package dev.mapsmith.reconstruction.vector;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule: a lane line round a bend is one line. Two lines that meet end to end (one end's ray hits
 * the other near its end, or the two ends face each other within {@link
 * JunctionConfig#facingGap()}) become one, unless joining them would make a hairpin ({@link
 * UTurns}).
 */
final class CornerJoins {

  private CornerJoins() {}

  /**
   * Two lines that meet end to end round a bend, one overshooting the other's end (the paint of the
   * bend seen only in part): the end whose ray hits the other line within {@link
   * JunctionConfig#minPiece()} of that line's end is run up to it, the other line's overshoot is
   * cut off there, and the two become one line (the confidence of the surer one; the origin of the
   * longer).
   */
  static void join(
      List<List<double[]>> pts, List<Double> conf, List<Integer> origin, JunctionConfig c) {
    boolean joined = true;
    while (joined) {
      joined = false;
      for (int i = 0; i < pts.size() && !joined; i++) {
        for (int e = 0; e < 2 && !joined && conf.get(i) >= c.minConfidence(); e++) {
          double[] h = RayHits.nearest(pts, i, e, true, c);
          if (h == null) {
            h = facing(pts, i, e, c);
          }
          if (h == null) {
            continue;
          }
          int j = (int) h[0], seg = (int) h[1], ej = (int) h[6];
          double[] at = {h[3], h[4], h[5]};
          List<double[]> a = new ArrayList<>(pts.get(i));
          if (e == 0) {
            java.util.Collections.reverse(a); // a now ends at the joining end
          }
          List<double[]> q = pts.get(j), b = new ArrayList<>();
          b.add(at);
          if (ej == 0) {
            b.addAll(q.subList(seg + 1, q.size())); // drop the overshoot before the hit
          } else {
            for (int k = seg; k >= 0; k--) {
              b.add(q.get(k)); // drop the overshoot after the hit, run from the hit back
            }
          }
          a.add(at);
          a.addAll(b.subList(1, b.size()));
          if (UTurns.apart(a, c).size() > 1) {
            continue; // the two would make a hairpin: the ends of two neighbouring lines
          }
          double lenI = LinePoints.length(pts.get(i)), lenJ = LinePoints.length(q);
          int keep = Math.min(i, j), drop = Math.max(i, j);
          double sure = Math.max(conf.get(i), conf.get(j));
          int o = lenI >= lenJ ? origin.get(i) : origin.get(j);
          pts.set(keep, a);
          conf.set(keep, sure);
          origin.set(keep, o);
          pts.remove(drop);
          conf.remove(drop);
          origin.remove(drop);
          joined = true;
        }
      }
    }
  }

  /**
   * Another line's end that lies straight ahead of line {@code i}'s end {@code e}, within {@link
   * #FACING_GAP} m and pointing back at it, as a hit at that end (see {@link RayHits#nearest}), or
   * null.
   */
  private static double[] facing(List<List<double[]>> pts, int i, int e, JunctionConfig c) {
    double[] a = LinePoints.endRay(pts.get(i), e, c.facingReach());
    if (a == null) {
      return null;
    }
    double cos = Math.cos(Math.toRadians(c.facingAngleDeg()));
    for (int j = 0; j < pts.size(); j++) {
      List<double[]> q = pts.get(j);
      if (j == i || LinePoints.length(q) < 2 * c.minPiece()) {
        continue;
      }
      for (int ej = 0; ej < 2; ej++) {
        double[] b = LinePoints.endRay(q, ej, c.facingReach());
        if (b == null) {
          continue;
        }
        double gx = b[0] - a[0], gy = b[1] - a[1], gap = Math.hypot(gx, gy);
        if (gap > 1e-6
            && gap <= c.facingGap()
            && (gx * a[3] + gy * a[4]) / gap >= cos
            && -(gx * b[3] + gy * b[4]) / gap >= cos
            && -(a[3] * b[3] + a[4] * b[4]) >= cos) {
          int seg = ej == 0 ? 0 : q.size() - 2;
          double t = ej == 0 ? 0 : 1;
          return new double[] {j, seg, t, b[0], b[1], b[2], ej};
        }
      }
    }
    return null;
  }
}
