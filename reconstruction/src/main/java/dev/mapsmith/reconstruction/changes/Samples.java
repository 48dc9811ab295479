package dev.mapsmith.reconstruction.changes;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.geom.Polylines;

/** Evenly spaced samples along a primitive's geometry, packed x, y. */
final class Samples {

  private Samples() {}

  /** Points every about {@code step} metres (a ring walked back to its start), at least two. */
  static double[] along(Polyline g, boolean closed, double step) {
    int n = Math.max(2, (int) Math.ceil(Polylines.length2d(g, closed) / step) + 1);
    Polyline r = Polylines.resample(g, closed, n);
    double[] xy = new double[2 * r.size()];
    for (int i = 0; i < r.size(); i++) {
      xy[2 * i] = r.x(i);
      xy[2 * i + 1] = r.y(i);
    }
    return xy;
  }

  /** The vertices of a polyline, packed x, y. */
  static double[] packed(Polyline g) {
    double[] xy = new double[2 * g.size()];
    for (int i = 0; i < g.size(); i++) {
      xy[2 * i] = g.x(i);
      xy[2 * i + 1] = g.y(i);
    }
    return xy;
  }

  /** Samples {@code from} to {@code to} (exclusive) of packed points. */
  static double[] slice(double[] xy, int from, int to) {
    double[] out = new double[2 * (to - from)];
    System.arraycopy(xy, 2 * from, out, 0, out.length);
    return out;
  }
}
