package dev.mapsmith.drivelog.map.opendrive;

import java.util.List;

/** Test helpers: sample a plan geometry and measure how far the polyline strays from the curve. */
final class CurveChecks {

  static final double TOLERANCE = 0.01;

  private CurveChecks() {}

  static List<AdaptiveSampler.Sample> sample(PlanGeometry g) {
    return new AdaptiveSampler(TOLERANCE, 20).sample(s -> xyz(g.at(s)), 0, g.length(), List.of());
  }

  static double[] xyz(CurvePoint p) {
    return new double[] {p.x(), p.y(), 0};
  }

  /** The largest distance from the curve (checked every 2 cm of s) to the sampled polyline. */
  static double worstDeviation(PlanGeometry g, List<AdaptiveSampler.Sample> samples) {
    double worst = 0;
    int seg = 0;
    int n = (int) Math.ceil(g.length() / 0.02);
    for (int i = 0; i <= n; i++) {
      double s = g.length() * i / n;
      while (seg < samples.size() - 2 && samples.get(seg + 1).s() < s) {
        seg++;
      }
      double d =
          AdaptiveSampler.distanceToSegment(
              xyz(g.at(s)), samples.get(seg).point(), samples.get(seg + 1).point());
      worst = Math.max(worst, d);
    }
    return worst;
  }

  /** The curvature of the circle through three points (positive turning left). */
  static double curvature(double[] a, double[] b, double[] c) {
    double cross = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
    double ab = Math.hypot(b[0] - a[0], b[1] - a[1]);
    double bc = Math.hypot(c[0] - b[0], c[1] - b[1]);
    double ca = Math.hypot(a[0] - c[0], a[1] - c[1]);
    return 2 * cross / (ab * bc * ca);
  }
}
