package dev.mapsmith.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The point-to-line pairs between drives' lines at the current offset estimate: a sample on drive
 * i's line, moved by {@code o_j - o_i}, that lies within the search radius of drive j's line of the
 * same class gives one equation {@code n · (o_i - o_j) = d} (n the normal of j's line there, d the
 * signed distance in the drives' own coordinates).
 */
final class LinePairs {

  /** One pair: drives i and j, the unit normal and the signed distance (m). */
  record Equation(int i, int j, double nx, double ny, double d) {}

  private LinePairs() {}

  /** {@code lines.get(i)}: drive i's lines by class (x, y, z triples); {@code o}: offsets. */
  static List<Equation> match(
      List<Map<String, List<double[]>>> lines, double[][] o, AlignmentConfig cfg) {
    int k = lines.size();
    List<Equation> eqs = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      for (var e : lines.get(j).entrySet()) {
        LineIndex index = new LineIndex(e.getValue(), Math.max(cfg.searchM(), 1.0));
        for (int i = 0; i < k; i++) {
          if (i == j) {
            continue;
          }
          double sx = o[j][0] - o[i][0], sy = o[j][1] - o[i][1];
          for (double[] line : lines.get(i).getOrDefault(e.getKey(), List.of())) {
            for (double[] p : LineIndex.samples(line, cfg.stepM())) {
              LineIndex.Hit h = index.nearest(p[0] + sx, p[1] + sy, cfg.searchM());
              if (h != null) {
                double d = h.nx() * (p[0] - h.x()) + h.ny() * (p[1] - h.y());
                eqs.add(new Equation(i, j, h.nx(), h.ny(), d));
              }
            }
          }
        }
      }
    }
    return eqs;
  }
}
