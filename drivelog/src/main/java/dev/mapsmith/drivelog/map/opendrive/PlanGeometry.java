package dev.mapsmith.drivelog.map.opendrive;

/**
 * One {@code <geometry>} of a road's plan view: it starts at road coordinate {@link #s()} and runs
 * {@link #length()} metres. {@link #at} gives the position, heading and curvature {@code ds} metres
 * after the start ({@code 0 <= ds <= length}).
 */
public interface PlanGeometry {

  /** Where the geometry starts, its heading there, and the road coordinate s of its start. */
  record Start(double s, double x, double y, double heading, double length) {

    public Start {
      if (!(length >= 0) || !Double.isFinite(length)) {
        throw new IllegalArgumentException("geometry length " + length + " is not >= 0");
      }
    }

    /** The point {@code (u, v)} of the geometry's local frame (u along the start heading). */
    CurvePoint local(double u, double v, double localHeading, double curvature) {
      double c = Math.cos(heading), sn = Math.sin(heading);
      return new CurvePoint(
          x + c * u - sn * v, y + sn * u + c * v, heading + localHeading, curvature);
    }
  }

  Start start();

  CurvePoint at(double ds);

  default double s() {
    return start().s();
  }

  default double length() {
    return start().length();
  }
}
