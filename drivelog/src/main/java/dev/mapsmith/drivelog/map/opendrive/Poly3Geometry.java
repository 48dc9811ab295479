package dev.mapsmith.drivelog.map.opendrive;

/**
 * {@code <poly3 a b c d/>}: v(u) = a + b·u + c·u² + d·u³ in the local frame. ds is arc length, so u
 * is found from a table of arc length against u (Simpson on steps of 0.05 m of u, then Newton).
 */
public final class Poly3Geometry implements PlanGeometry {

  private static final double DU = 0.05;

  private final Start start;
  private final Cubic v;
  private final double[] arc;

  public Poly3Geometry(Start start, Cubic v) {
    this.start = start;
    this.v = v;
    int n = Math.max(2, (int) Math.ceil(start.length() / DU) + 2);
    arc = new double[n];
    for (int i = 1; i < n; i++) {
      double a = (i - 1) * DU, b = i * DU;
      arc[i] = arc[i - 1] + (speed(a) + 4 * speed((a + b) / 2) + speed(b)) * DU / 6;
    }
  }

  public Cubic v() {
    return v;
  }

  private double speed(double u) {
    return Math.hypot(1, v.slope(u));
  }

  /** The u whose arc length from 0 is {@code ds}. */
  double uAt(double ds) {
    int i = 1;
    while (i < arc.length - 1 && arc[i] < ds) {
      i++;
    }
    double u = (i - 1) * DU + (ds - arc[i - 1]) / speed((i - 1) * DU);
    for (int k = 0; k < 4; k++) {
      double a0 = (i - 1) * DU, m = (a0 + u) / 2;
      double len = arc[i - 1] + (speed(a0) + 4 * speed(m) + speed(u)) * (u - a0) / 6;
      u -= (len - ds) / speed(u);
    }
    return u;
  }

  @Override
  public Start start() {
    return start;
  }

  @Override
  public CurvePoint at(double ds) {
    double u = uAt(ds);
    double dv = v.slope(u);
    double k = v.bend(u) / Math.pow(1 + dv * dv, 1.5);
    return start.local(u, v.value(u), Math.atan(dv), k);
  }
}
