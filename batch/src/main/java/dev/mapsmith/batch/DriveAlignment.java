package dev.mapsmith.batch;

import dev.mapsmith.batch.LinePairs.Equation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Drive-to-drive alignment of one tile by robust registration of the drives' own reconstructions
 * ({@link LinePairs}: point-to-line pairs between drives, matched again at each round's estimate).
 * The offsets solve the pairs by iteratively re-weighted least squares (Huber, pairs beyond three
 * robust sigmas dropped) with a small ridge that keeps the drives' mean at zero (the fused map sits
 * at the drives' mean position). Then each drive is checked: its lines must agree with the others
 * after the fit (robust residual scale at most {@code maxSigmaM}, else it is rejected), and only
 * the directions its pairs pin down to {@code maxStdM} are corrected; a direction with weak
 * evidence (along a straight road, say) keeps the drive's own position.
 */
final class DriveAlignment {

  /** How a drive's offset was found in a tile. */
  enum Fit {
    /** Both directions well constrained and corrected. */
    ALIGNED,
    /** One direction corrected (across the road); the other kept. */
    ONE_DIRECTION,
    /** Too little evidence in any direction: kept where it is. */
    KEPT,
    /** Its lines disagree with the others' after the fit: kept, and left out of the fusion. */
    REJECTED,
    /** No line of it near another drive's: nothing to align. */
    NO_OVERLAP;

    String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Each drive's offset {dx, dy} (m), its pairs, its fit, its robust residual scale (m) and the
   * standard error (m) of its offset along its worst corrected direction (NaN if none).
   */
  record Result(double[][] offsets, int[] pairs, Fit[] fits, double[] sigma, double[] stdM) {}

  private static final int ROUNDS = 3;
  private static final int IRLS = 6;

  private DriveAlignment() {}

  /** {@code lines.get(i)}: drive i's lines by class (x, y, z triples). */
  static Result estimate(List<Map<String, List<double[]>>> lines, AlignmentConfig cfg) {
    int k = lines.size();
    double[][] o = new double[k][2];
    List<double[]>[] held = heldNone(k);
    boolean[] rejected = new boolean[k];
    DriveCheck.Outcome c = null;
    double cutoff = Double.POSITIVE_INFINITY;
    for (int round = 0; round < ROUNDS; round++) {
      List<Equation> eqs = LinePairs.match(lines, o, cfg);
      o = solve(eqs, o, held, rejected, cfg.huberM(), cutoff, k);
      c = DriveCheck.of(eqs, o, rejected, cfg, k);
      held = c.held();
      rejected = c.rejected();
      cutoff = 3 * Math.max(c.globalSigma(), cfg.huberM());
      o = solve(eqs, o, held, rejected, cfg.huberM(), cutoff, k);
    }
    for (int i = 0; i < k; i++) { // held directions exactly where the drive put them
      if (rejected[i] || held[i].size() == 2) {
        o[i] = new double[] {0, 0};
      }
      for (double[] u : held[i].size() == 1 ? held[i] : List.<double[]>of()) {
        double along = u[0] * o[i][0] + u[1] * o[i][1];
        o[i][0] -= along * u[0];
        o[i][1] -= along * u[1];
      }
    }
    return new Result(o, c.pairs(), c.fits(), c.sigma(), c.stdM());
  }

  @SuppressWarnings("unchecked")
  static List<double[]>[] heldNone(int k) {
    List<double[]>[] h = new List[k];
    Arrays.setAll(h, i -> new ArrayList<double[]>());
    return h;
  }

  /** The current residual of one pair. */
  static double residual(Equation e, double[][] o) {
    return e.nx() * (o[e.i()][0] - o[e.j()][0]) + e.ny() * (o[e.i()][1] - o[e.j()][1]) - e.d();
  }

  /** Huber weight of a residual, 0 beyond the cutoff. */
  static double weight(double r, double huber, double cutoff) {
    double a = Math.abs(r);
    return a > cutoff ? 0 : a <= huber ? 1 : huber / a;
  }

  /**
   * Re-weighted least squares from {@code o}; held directions stay at zero, rejected drives too.
   */
  private static double[][] solve(
      List<Equation> eqs,
      double[][] o,
      List<double[]>[] held,
      boolean[] rejected,
      double huber,
      double cutoff,
      int k) {
    double[][] cur = o;
    for (int iter = 0; iter < IRLS; iter++) {
      int n = 2 * k;
      double[][] a = new double[n][n];
      double[] b = new double[n];
      for (Equation e : eqs) {
        if (rejected[e.i()] || rejected[e.j()]) {
          continue;
        }
        double w = weight(residual(e, cur), huber, cutoff);
        double[] g = {e.nx(), e.ny(), -e.nx(), -e.ny()};
        int[] idx = {2 * e.i(), 2 * e.i() + 1, 2 * e.j(), 2 * e.j() + 1};
        for (int p = 0; p < 4; p++) {
          b[idx[p]] += w * g[p] * e.d();
          for (int q = 0; q < 4; q++) {
            a[idx[p]][idx[q]] += w * g[p] * g[q];
          }
        }
      }
      double scale = 1;
      for (int p = 0; p < n; p++) {
        scale = Math.max(scale, a[p][p]);
      }
      for (int i = 0; i < k; i++) {
        a[2 * i][2 * i] += 1e-3 * scale; // ridge: the minimum-norm solution, drives' mean at zero
        a[2 * i + 1][2 * i + 1] += 1e-3 * scale;
        List<double[]> hold =
            rejected[i] ? List.of(new double[] {1, 0}, new double[] {0, 1}) : held[i];
        for (double[] u : hold) { // a held direction: a stiff pull to zero along u
          a[2 * i][2 * i] += 1e6 * scale * u[0] * u[0];
          a[2 * i][2 * i + 1] += 1e6 * scale * u[0] * u[1];
          a[2 * i + 1][2 * i] += 1e6 * scale * u[1] * u[0];
          a[2 * i + 1][2 * i + 1] += 1e6 * scale * u[1] * u[1];
        }
      }
      double[] x = gauss(a, b);
      double[][] next = new double[k][2];
      for (int i = 0; i < k; i++) {
        next[i] = new double[] {x[2 * i], x[2 * i + 1]};
      }
      cur = next;
    }
    return cur;
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
