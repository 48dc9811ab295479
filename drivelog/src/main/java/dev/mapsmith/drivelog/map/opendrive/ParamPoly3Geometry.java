package dev.mapsmith.drivelog.map.opendrive;

/**
 * {@code <paramPoly3/>}: u(p) and v(p) cubics in the local frame. With {@code pRange="arcLength"} p
 * runs over [0, length] and equals ds (as OpenDRIVE tools read it); with {@code normalized} p runs
 * over [0, 1] and is ds / length.
 */
public record ParamPoly3Geometry(Start start, Cubic u, Cubic v, boolean normalized)
    implements PlanGeometry {

  @Override
  public CurvePoint at(double ds) {
    double scale = normalized && start.length() > 0 ? 1 / start.length() : 1;
    double p = ds * scale;
    double du = u.slope(p), dv = v.slope(p);
    double ddu = u.bend(p), ddv = v.bend(p);
    double speed2 = du * du + dv * dv;
    double k = speed2 > 0 ? (du * ddv - dv * ddu) / Math.pow(speed2, 1.5) : 0;
    return start.local(u.value(p), v.value(p), Math.atan2(dv, du), k);
  }
}
