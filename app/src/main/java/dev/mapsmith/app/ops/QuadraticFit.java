package dev.mapsmith.app.ops;

/** Least-squares fit of y = a + b t + c t² to points added one by one; answers a (t = 0). */
final class QuadraticFit {

  private final double[] s = new double[5]; // sums of t^0..t^4
  private final double[] r = new double[3]; // sums of y, y t, y t^2
  private int count;

  void add(double t, double y) {
    double p = 1;
    for (int k = 0; k < 5; k++) {
      s[k] += p;
      if (k < 3) {
        r[k] += y * p;
      }
      p *= t;
    }
    count++;
  }

  int count() {
    return count;
  }

  /** The fitted value at t = 0 (Cramer's rule on the 3×3 normal equations). */
  double valueAtZero() {
    double det = det(s[0], s[1], s[2], s[1], s[2], s[3], s[2], s[3], s[4]);
    if (Math.abs(det) < 1e-12) {
      return r[0] / Math.max(1, s[0]);
    }
    return det(r[0], s[1], s[2], r[1], s[2], s[3], r[2], s[3], s[4]) / det;
  }

  private static double det(
      double a, double b, double c, double d, double e, double f, double g, double h, double i) {
    return a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
  }
}
