package dev.mapsmith.drivelog.map.opendrive;

/**
 * {@code <spiral curvStart curvEnd/>}: a clothoid, curvature linear in s. The heading is exact
 * (quadratic in s); the position integrates cos/sin of it with 5-point Gauss-Legendre on steps of
 * at most {@link #STEP} metres (far below a micrometre of error on road-sized spirals), from a
 * table of the positions at whole steps.
 */
public final class SpiralGeometry implements PlanGeometry {

  static final double STEP = 1.0;

  private static final double[] NODES = {
    0, -0.5384693101056831, 0.5384693101056831, -0.9061798459386640, 0.9061798459386640
  };
  private static final double[] WEIGHTS = {
    0.5688888888888889,
    0.4786286704993665,
    0.4786286704993665,
    0.2369268850561891,
    0.2369268850561891
  };

  private final Start start;
  private final double curvStart;
  private final double curvEnd;
  private final double[] tableU;
  private final double[] tableV;

  public SpiralGeometry(Start start, double curvStart, double curvEnd) {
    this.start = start;
    this.curvStart = curvStart;
    this.curvEnd = curvEnd;
    int n = (int) Math.floor(start.length() / STEP) + 1;
    tableU = new double[n];
    tableV = new double[n];
    for (int i = 1; i < n; i++) {
      double[] d = integrate((i - 1) * STEP, i * STEP);
      tableU[i] = tableU[i - 1] + d[0];
      tableV[i] = tableV[i - 1] + d[1];
    }
  }

  public double curvStart() {
    return curvStart;
  }

  public double curvEnd() {
    return curvEnd;
  }

  @Override
  public Start start() {
    return start;
  }

  /** The change of curvature per metre. */
  public double curvatureRate() {
    return start.length() > 0 ? (curvEnd - curvStart) / start.length() : 0;
  }

  /** The heading change from the start after {@code ds} metres. */
  double turn(double ds) {
    return curvStart * ds + curvatureRate() * ds * ds / 2;
  }

  private double[] integrate(double a, double b) {
    double h = b - a, mid = (a + b) / 2, u = 0, v = 0;
    for (int k = 0; k < NODES.length; k++) {
      double t = turn(mid + NODES[k] * h / 2);
      u += WEIGHTS[k] * Math.cos(t) * h / 2;
      v += WEIGHTS[k] * Math.sin(t) * h / 2;
    }
    return new double[] {u, v};
  }

  @Override
  public CurvePoint at(double ds) {
    int i = Math.max(0, Math.min(tableU.length - 1, (int) Math.floor(ds / STEP)));
    double[] rest = integrate(i * STEP, ds);
    return start.local(
        tableU[i] + rest[0], tableV[i] + rest[1], turn(ds), curvStart + curvatureRate() * ds);
  }
}
