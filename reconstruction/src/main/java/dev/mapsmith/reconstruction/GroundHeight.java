package dev.mapsmith.reconstruction;

import dev.mapsmith.core.geom.Polyline;
import java.util.ArrayList;
import java.util.List;

/** Ground height under the map: the mean height of ground points per coarse 2 m cell. */
final class GroundHeight {

  private final java.util.Map<Long, double[]> cells = new java.util.HashMap<>();
  private double fallback;

  void add(double x, double y, double z) {
    double[] c = cells.computeIfAbsent(key(x, y), k -> new double[2]);
    c[0] += z;
    c[1]++;
    fallback = z;
  }

  /** The polyline with each vertex's z set to the ground height there (or nearby). */
  Polyline drape(Polyline g) {
    List<dev.mapsmith.core.geom.Point3> pts = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      pts.add(new dev.mapsmith.core.geom.Point3(g.x(i), g.y(i), at(g.x(i), g.y(i))));
    }
    return Polyline.of(pts);
  }

  double at(double x, double y) {
    for (int r = 0; r <= 2; r++) {
      double sum = 0, n = 0;
      for (int dx = -r; dx <= r; dx++) {
        for (int dy = -r; dy <= r; dy++) {
          double[] c = cells.get(key(x + 2 * dx, y + 2 * dy));
          if (c != null) {
            sum += c[0];
            n += c[1];
          }
        }
      }
      if (n > 0) {
        return sum / n;
      }
    }
    return fallback;
  }

  private static long key(double x, double y) {
    return ((long) Math.floor(x / 2) << 32) ^ ((long) Math.floor(y / 2) & 0xffffffffL);
  }
}
