package dev.mapsmith.batch;

import dev.mapsmith.batch.DriveAlignment.Fit;
import dev.mapsmith.batch.LinePairs.Equation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * After a fit, how well each drive's offset is known: its robust residual scale (1.4826 × the
 * median absolute residual of its pairs) and, from its pairs' information matrix (Σ w n nᵀ), the
 * standard error along each principal direction, counting one independent observation per {@code
 * correlationM} of line (neighbouring samples share their errors). Directions known worse than
 * {@code maxStdM} are held; with three or more drives, the one whose lines disagree most (scale
 * above {@code maxSigmaM}) is rejected; with two, a disagreement holds both.
 */
final class DriveCheck {

  /**
   * Per drive: pairs, fit, scale, worst corrected std, held directions; the rejected; all scale.
   */
  record Outcome(
      int[] pairs,
      Fit[] fits,
      double[] sigma,
      double[] stdM,
      List<double[]>[] held,
      boolean[] rejected,
      double globalSigma) {}

  private DriveCheck() {}

  static Outcome of(
      List<Equation> eqs, double[][] o, boolean[] wasRejected, AlignmentConfig cfg, int k) {
    int[] pairs = new int[k];
    List<List<Double>> res = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      res.add(new ArrayList<>());
    }
    double[][] info = new double[k][3]; // xx, xy, yy
    List<Double> all = new ArrayList<>();
    for (Equation e : eqs) {
      if (wasRejected[e.i()] || wasRejected[e.j()]) {
        continue;
      }
      double r = DriveAlignment.residual(e, o);
      all.add(Math.abs(r));
      for (int d : new int[] {e.i(), e.j()}) {
        pairs[d]++;
        res.get(d).add(Math.abs(r));
        info[d][0] += e.nx() * e.nx();
        info[d][1] += e.nx() * e.ny();
        info[d][2] += e.ny() * e.ny();
      }
    }
    double global = 1.4826 * median(all);
    double[] sigma = new double[k];
    for (int i = 0; i < k; i++) {
      sigma[i] = 1.4826 * median(res.get(i));
    }
    boolean[] rejected = wasRejected.clone();
    int active = 0, worst = -1;
    for (int i = 0; i < k; i++) {
      if (!rejected[i] && pairs[i] >= cfg.minPairs()) {
        active++;
        worst = worst < 0 || sigma[i] > sigma[worst] ? i : worst;
      }
    }
    boolean disagree = worst >= 0 && sigma[worst] > cfg.maxSigmaM();
    if (disagree && active >= 3) {
      rejected[worst] = true;
    }
    List<double[]>[] held = DriveAlignment.heldNone(k);
    Fit[] fits = new Fit[k];
    double[] std = new double[k];
    for (int i = 0; i < k; i++) {
      std[i] = Double.NaN;
      if (rejected[i]) {
        fits[i] = Fit.REJECTED;
      } else if (pairs[i] == 0) {
        fits[i] = Fit.NO_OVERLAP;
      } else if (pairs[i] < cfg.minPairs() || (disagree && active < 3)) {
        fits[i] = Fit.KEPT;
      }
      double[][] axes = principal(info[i]);
      int corrected = 0;
      for (double[] ax : axes) { // {lambda, ux, uy}
        double s = Math.max(sigma[i], 0.02) * Math.sqrt(cfg.correlationM() / (cfg.stepM() * ax[0]));
        if (fits[i] != null || !(s <= cfg.maxStdM())) {
          held[i].add(new double[] {ax[1], ax[2]});
        } else {
          corrected++;
          std[i] = Double.isNaN(std[i]) ? s : Math.max(std[i], s);
        }
      }
      if (fits[i] == null) {
        fits[i] = corrected == 2 ? Fit.ALIGNED : corrected == 1 ? Fit.ONE_DIRECTION : Fit.KEPT;
      }
    }
    return new Outcome(pairs, fits, sigma, std, held, rejected, global);
  }

  /** The eigenvalues and unit eigenvectors {λ, ux, uy} of a symmetric 2×2 {xx, xy, yy}. */
  static double[][] principal(double[] m) {
    double a = m[0], b = m[1], c = m[2];
    double mean = (a + c) / 2, r = Math.hypot((a - c) / 2, b);
    double l1 = mean + r, l2 = mean - r;
    double t = 0.5 * Math.atan2(2 * b, a - c); // direction of the larger eigenvalue
    return new double[][] {
      {l1, Math.cos(t), Math.sin(t)}, {Math.max(l2, 0), -Math.sin(t), Math.cos(t)}
    };
  }

  static double median(List<Double> v) {
    if (v.isEmpty()) {
      return 0;
    }
    double[] s = v.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
