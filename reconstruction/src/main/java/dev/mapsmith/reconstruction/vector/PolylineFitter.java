package dev.mapsmith.reconstruction.vector;

import dev.mapsmith.core.geom.Polyline;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.analysis.interpolation.LoessInterpolator;
import org.apache.commons.math3.analysis.polynomials.PolynomialSplineFunction;

/**
 * Fits a smooth polyline through a chain: samples each fragment at its two ends and centre, in
 * chain order, parameterises them by arc length, smooths x(s) and y(s) with a robust LOESS (Commons
 * Math, with robustness iterations that discount outlying fragments) over about {@code smoothing}
 * metres, and samples the result every {@code step} metres. The smoothed line stays within {@code
 * maxShift} metres of each sampled fragment point (a local linear fit overshoots tight bends and
 * chain ends).
 */
public final class PolylineFitter {

  private PolylineFitter() {}

  public static Polyline fit(
      Chain chain, double smoothing, double step, double maxShift, double z) {
    List<double[]> pts = new ArrayList<>();
    for (int i = 0; i < chain.fragments().size(); i++) {
      Blob b = chain.fragments().get(i);
      int s = chain.forward()[i] ? 0 : 1;
      pts.add(new double[] {b.endX(s), b.endY(s)});
      pts.add(new double[] {b.cx(), b.cy()});
      pts.add(new double[] {b.endX(1 - s), b.endY(1 - s)});
    }
    List<double[]> unique = new ArrayList<>();
    List<Double> arc = new ArrayList<>();
    double s = 0;
    for (double[] p : pts) {
      if (!unique.isEmpty()) {
        double[] q = unique.get(unique.size() - 1);
        double d = Math.hypot(p[0] - q[0], p[1] - q[1]);
        if (d < 1e-3) {
          continue;
        }
        s += d;
      }
      unique.add(p);
      arc.add(s);
    }
    int n = unique.size();
    double[] t = new double[n], xs = new double[n], ys = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = arc.get(i);
      xs[i] = unique.get(i)[0];
      ys[i] = unique.get(i)[1];
    }
    double total = t[n - 1];
    if (n >= 6 && total > smoothing) {
      double bandwidth = Math.min(1, Math.max(4.0 / n, smoothing / total));
      double[] sx = smooth(t, xs, bandwidth), sy = smooth(t, ys, bandwidth);
      for (int i = 0; i < n; i++) {
        // smoothing evens out the fragments' noise; it must not pull the line off its paint (a
        // local linear fit over a tight bend overshoots it, most at a chain's ends)
        double dx = sx[i] - xs[i], dy = sy[i] - ys[i], d = Math.hypot(dx, dy);
        double k = d > maxShift ? maxShift / d : 1;
        sx[i] = xs[i] + k * dx;
        sy[i] = ys[i] + k * dy;
      }
      xs = sx;
      ys = sy;
    }
    return withoutFolds(sample(t, xs, ys, step, z));
  }

  /**
   * Drops vertices where the line doubles back (a turn of more than 100° from the last kept
   * segment): overlapping fragments at a join can leave a hairpin that the smoothing keeps.
   */
  static Polyline withoutFolds(Polyline g) {
    if (g.size() < 3) {
      return g;
    }
    List<double[]> kept = new ArrayList<>();
    kept.add(new double[] {g.x(0), g.y(0), g.z(0)});
    double cosFold = Math.cos(Math.toRadians(100));
    for (int i = 1; i < g.size(); i++) {
      double[] last = kept.get(kept.size() - 1);
      double dx = g.x(i) - last[0], dy = g.y(i) - last[1], len = Math.hypot(dx, dy);
      if (len < 1e-6) {
        continue;
      }
      if (kept.size() >= 2) {
        double[] prev = kept.get(kept.size() - 2);
        double px = last[0] - prev[0], py = last[1] - prev[1], pl = Math.hypot(px, py);
        if ((dx * px + dy * py) / (len * pl) < cosFold) {
          continue;
        }
      }
      kept.add(new double[] {g.x(i), g.y(i), g.z(i)});
    }
    double[] xyz = new double[3 * kept.size()];
    for (int i = 0; i < kept.size(); i++) {
      System.arraycopy(kept.get(i), 0, xyz, 3 * i, 3);
    }
    return kept.size() >= 2 ? Polyline.of(xyz) : g;
  }

  /** Robust LOESS; without robustness iterations where they degenerate (NaN); else unsmoothed. */
  private static double[] smooth(double[] t, double[] v, double bandwidth) {
    for (int iterations : new int[] {2, 0}) {
      double[] out = new LoessInterpolator(bandwidth, iterations).smooth(t, v);
      if (java.util.Arrays.stream(out).allMatch(Double::isFinite)) {
        return out;
      }
    }
    return v;
  }

  private static Polyline sample(double[] t, double[] xs, double[] ys, double step, double z) {
    int n = t.length;
    if (n < 3) {
      return Polyline.of(xs[0], ys[0], z, xs[n - 1], ys[n - 1], z);
    }
    org.apache.commons.math3.analysis.interpolation.LinearInterpolator li =
        new org.apache.commons.math3.analysis.interpolation.LinearInterpolator();
    PolynomialSplineFunction fx = li.interpolate(t, xs), fy = li.interpolate(t, ys);
    double total = t[n - 1];
    int count = Math.max(2, (int) Math.ceil(total / step) + 1);
    double[] xyz = new double[3 * count];
    for (int k = 0; k < count; k++) {
      double s = Math.min(total, total * k / (count - 1));
      xyz[3 * k] = fx.value(s);
      xyz[3 * k + 1] = fy.value(s);
      xyz[3 * k + 2] = z;
    }
    return Polyline.of(xyz);
  }
}
