package dev.mapsmith.reconstruction.vector;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule: painted lane lines make no hairpins. A fitted line that turns back on itself within {@link
 * JunctionConfig#uTurnReach()} (a heading change over {@link JunctionConfig#uTurnDeg()}) is two
 * neighbouring lines joined wrongly across their ends, and is cut apart there.
 */
final class UTurns {

  private UTurns() {}

  /**
   * The line cut where it turns back on itself within {@link JunctionConfig#uTurnReach()} m (a
   * heading change over {@link JunctionConfig#uTurnDeg()}°): painted lane lines do not make
   * hairpins that tight, but a wrong join across the ends of two neighbouring lines does.
   */
  static List<List<double[]>> apart(List<double[]> p, JunctionConfig c) {
    double[] arc = LinePoints.arcLengths(p);
    double cosU = Math.cos(Math.toRadians(c.uTurnDeg()));
    for (int a = 0; a + 1 < p.size(); a++) {
      double ax = p.get(a + 1)[0] - p.get(a)[0], ay = p.get(a + 1)[1] - p.get(a)[1];
      double al = Math.hypot(ax, ay);
      for (int b = a + 1; b + 1 < p.size() && arc[b] - arc[a + 1] <= c.uTurnReach(); b++) {
        double bx = p.get(b + 1)[0] - p.get(b)[0], by = p.get(b + 1)[1] - p.get(b)[1];
        double bl = Math.hypot(bx, by);
        if (al > 1e-9 && bl > 1e-9 && (ax * bx + ay * by) / (al * bl) < cosU) {
          int cut = (a + 1 + b) / 2; // a vertex between the two opposed segments
          List<List<double[]>> out = new ArrayList<>();
          out.add(new ArrayList<>(p.subList(0, cut + 1)));
          out.addAll(apart(new ArrayList<>(p.subList(cut, p.size())), c));
          return out;
        }
      }
    }
    return List.of(p);
  }
}
