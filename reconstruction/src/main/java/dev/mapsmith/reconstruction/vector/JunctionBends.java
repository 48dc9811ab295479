package dev.mapsmith.reconstruction.vector;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule: a line that ends short of the line it joins (the paint round the bend seen only in part)
 * turns into it along a bend tangent to both, reaching it as far beyond the ray's hit as the end
 * was short of it; ends within {@link JunctionConfig#minBend()} join square.
 */
final class JunctionBends {

  private JunctionBends() {}

  /**
   * Rounds the junction of line {@code i}'s end {@code e} with the line it hits: the ending line
   * turns into the other along a bend tangent to both (a quadratic curve with the hit as its
   * control point), reaching it as far beyond the hit as the end was short of it, on the side where
   * the other line runs on longer (a loop's own side, not a road leaving it). The split moves
   * there. Returns the bend's points after the end, or null to keep a square junction.
   */
  static List<double[]> round(
      List<List<double[]>> pts, int i, int e, double[] hit, JunctionConfig c) {
    List<double[]> p = pts.get(i);
    double[] end = p.get(e == 0 ? 0 : p.size() - 1);
    double g = Math.hypot(hit[3] - end[0], hit[4] - end[1]);
    List<double[]> q = pts.get((int) hit[0]);
    double[] arc = LinePoints.arcLengths(q);
    double total = arc[arc.length - 1];
    int seg = (int) hit[1];
    double at = arc[seg] + hit[2] * (arc[seg + 1] - arc[seg]);
    double to = total - at >= at ? at + g : at - g;
    if (g < c.minBend() || to < c.minPiece() || to > total - c.minPiece()) {
      return null;
    }
    int s2 = 0;
    while (s2 + 2 < arc.length && arc[s2 + 1] < to) {
      s2++;
    }
    double sl = arc[s2 + 1] - arc[s2];
    double t2 = sl < 1e-9 ? 0 : (to - arc[s2]) / sl;
    double[] a = q.get(s2), b = q.get(s2 + 1);
    double[] tp = {a[0] + t2 * (b[0] - a[0]), a[1] + t2 * (b[1] - a[1]), a[2] + t2 * (b[2] - a[2])};
    List<double[]> out = new ArrayList<>();
    int steps = Math.max(2, (int) Math.ceil(2 * g / c.bendStep()));
    for (int k = 1; k <= steps; k++) {
      double u = (double) k / steps, w0 = (1 - u) * (1 - u), w1 = 2 * u * (1 - u), w2 = u * u;
      out.add(
          k == steps
              ? tp
              : new double[] {
                w0 * end[0] + w1 * hit[3] + w2 * tp[0],
                w0 * end[1] + w1 * hit[4] + w2 * tp[1],
                (1 - u) * end[2] + u * tp[2]
              });
    }
    hit[1] = s2;
    hit[2] = t2;
    hit[3] = tp[0];
    hit[4] = tp[1];
    hit[5] = tp[2];
    return out;
  }
}
