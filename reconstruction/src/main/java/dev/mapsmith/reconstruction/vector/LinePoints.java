package dev.mapsmith.reconstruction.vector;

import java.util.List;

/** Shared measures of polylines held as lists of {x, y, z} points, for the junction rules. */
final class LinePoints {

  private LinePoints() {}

  static double[] arcLengths(List<double[]> q) {
    double[] arc = new double[q.size()];
    for (int k = 1; k < q.size(); k++) {
      arc[k] =
          arc[k - 1] + Math.hypot(q.get(k)[0] - q.get(k - 1)[0], q.get(k)[1] - q.get(k - 1)[1]);
    }
    return arc;
  }

  static double length(List<double[]> q) {
    double[] arc = arcLengths(q);
    return arc[arc.length - 1];
  }

  /** {x, y, z, outward ux, outward uy} at end {@code e}, measured over {@code reach} m. */
  static double[] endRay(List<double[]> p, int e, double reach) {
    int m = p.size();
    double[] end = p.get(e == 0 ? 0 : m - 1);
    double walked = 0;
    double[] back = null;
    for (int k = 1; k < m && walked < reach; k++) {
      double[] a = p.get(e == 0 ? k - 1 : m - k), b = p.get(e == 0 ? k : m - 1 - k);
      walked += Math.hypot(b[0] - a[0], b[1] - a[1]);
      back = b;
    }
    if (back == null) {
      return null;
    }
    double dx = end[0] - back[0], dy = end[1] - back[1], len = Math.hypot(dx, dy);
    return len < 1e-6 ? null : new double[] {end[0], end[1], end[2], dx / len, dy / len};
  }
}
