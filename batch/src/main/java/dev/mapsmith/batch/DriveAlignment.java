package dev.mapsmith.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Drive-to-drive alignment of one tile: each drive's own reconstruction (lane lines and road
 * borders) is matched against every other drive's; a sample on drive i's line that lies near drive
 * j's line of the same class gives one equation {@code n · (o_i - o_j) = d} (normal distance d).
 * The offsets o solve these by iteratively re-weighted least squares (Huber), with their mean held
 * at zero (the fused map sits at the drives' mean position) and a small pull towards zero where the
 * lines leave a direction unobserved (along a straight road).
 */
final class DriveAlignment {

  /** Each drive's estimated offset {dx, dy} (m) and how many line pairs it had. */
  record Result(double[][] offsets, int[] pairs) {}

  private record Equation(int i, int j, double nx, double ny, double d) {}

  private DriveAlignment() {}

  /** {@code lines.get(i)}: drive i's lines by class (x, y, z triples). */
  static Result estimate(List<Map<String, List<double[]>>> lines, AlignmentConfig cfg) {
    int k = lines.size();
    List<Equation> eqs = new ArrayList<>();
    int[] pairs = new int[k];
    for (int j = 0; j < k; j++) {
      for (var e : lines.get(j).entrySet()) {
        LineIndex index = new LineIndex(e.getValue(), Math.max(cfg.searchM(), 1.0));
        for (int i = 0; i < k; i++) {
          if (i == j) {
            continue;
          }
          for (double[] line : lines.get(i).getOrDefault(e.getKey(), List.of())) {
            for (double[] p : LineIndex.samples(line, cfg.stepM())) {
              LineIndex.Hit h = index.nearest(p[0], p[1], cfg.searchM());
              if (h != null) {
                double d = h.nx() * (p[0] - h.x()) + h.ny() * (p[1] - h.y());
                eqs.add(new Equation(i, j, h.nx(), h.ny(), d));
                pairs[i]++;
                pairs[j]++;
              }
            }
          }
        }
      }
    }
    double[][] offsets = new double[k][2];
    boolean[] free = new boolean[k];
    for (int i = 0; i < k; i++) {
      free[i] = pairs[i] >= cfg.minPairs();
    }
    double[] o = new double[2 * k];
    for (int iter = 0; iter < 8; iter++) {
      o = solve(eqs, o, free, cfg.huberM(), k);
    }
    for (int i = 0; i < k; i++) {
      offsets[i] = new double[] {o[2 * i], o[2 * i + 1]};
    }
    return new Result(offsets, pairs);
  }

  /** One re-weighted least-squares step from the current estimate {@code o}. */
  private static double[] solve(
      List<Equation> eqs, double[] o, boolean[] free, double huber, int k) {
    int n = 2 * k;
    double[][] a = new double[n][n];
    double[] b = new double[n];
    for (Equation e : eqs) {
      if (!free[e.i()] || !free[e.j()]) {
        continue;
      }
      double r =
          e.nx() * (o[2 * e.i()] - o[2 * e.j()])
              + e.ny() * (o[2 * e.i() + 1] - o[2 * e.j() + 1])
              - e.d();
      double w = Math.abs(r) <= huber ? 1 : huber / Math.abs(r);
      double[] g = new double[n];
      g[2 * e.i()] = e.nx();
      g[2 * e.i() + 1] = e.ny();
      g[2 * e.j()] = -e.nx();
      g[2 * e.j() + 1] = -e.ny();
      int[] idx = {2 * e.i(), 2 * e.i() + 1, 2 * e.j(), 2 * e.j() + 1};
      for (int p : idx) {
        b[p] += w * g[p] * e.d();
        for (int q : idx) {
          a[p][q] += w * g[p] * g[q];
        }
      }
    }
    double scale = 1;
    for (int p = 0; p < n; p++) {
      scale = Math.max(scale, a[p][p]);
    }
    for (int p = 0; p < n; p++) {
      a[p][p] += 1e-4 * scale + (free[p / 2] ? 0 : 1e6 * scale); // unobserved: stay; fixed: zero
    }
    for (int axis = 0; axis < 2; axis++) { // mean of the free drives' offsets held at zero
      for (int p = axis; p < n; p += 2) {
        for (int q = axis; q < n; q += 2) {
          if (free[p / 2] && free[q / 2]) {
            a[p][q] += scale;
          }
        }
      }
    }
    return gauss(a, b);
  }

  /** Solves a x = b (symmetric positive definite, small) by Gaussian elimination. */
  static double[] gauss(double[][] a, double[] b) {
    int n = b.length;
    for (int c = 0; c < n; c++) {
      int piv = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[piv][c])) {
          piv = r;
        }
      }
      double[] t = a[c];
      a[c] = a[piv];
      a[piv] = t;
      double tb = b[c];
      b[c] = b[piv];
      b[piv] = tb;
      for (int r = c + 1; r < n; r++) {
        double f = a[r][c] / a[c][c];
        for (int q = c; q < n; q++) {
          a[r][q] -= f * a[c][q];
        }
        b[r] -= f * b[c];
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = b[r];
      for (int q = r + 1; q < n; q++) {
        s -= a[r][q] * x[q];
      }
      x[r] = s / a[r][r];
    }
    return x;
  }
}
