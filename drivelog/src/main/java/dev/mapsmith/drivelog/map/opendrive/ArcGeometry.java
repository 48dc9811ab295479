package dev.mapsmith.drivelog.map.opendrive;

/** {@code <arc curvature/>}: a circular arc, turning left for positive curvature. */
public record ArcGeometry(Start start, double curvature) implements PlanGeometry {

  @Override
  public CurvePoint at(double ds) {
    double k = curvature;
    if (Math.abs(k) < 1e-12) {
      return start.local(ds, 0, 0, k);
    }
    double a = k * ds;
    return start.local(Math.sin(a) / k, (1 - Math.cos(a)) / k, a, k);
  }
}
