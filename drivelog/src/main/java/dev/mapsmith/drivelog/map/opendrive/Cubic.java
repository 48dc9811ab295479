package dev.mapsmith.drivelog.map.opendrive;

/**
 * A cubic a + b·x + c·x² + d·x³ that starts at {@code start} (x = position − start), as OpenDRIVE
 * writes widths, offsets, elevations and polynomial geometries.
 */
public record Cubic(double start, double a, double b, double c, double d) {

  public static Cubic of(double a, double b, double c, double d) {
    return new Cubic(0, a, b, c, d);
  }

  public double value(double at) {
    double x = at - start;
    return a + x * (b + x * (c + x * d));
  }

  /** The first derivative. */
  public double slope(double at) {
    double x = at - start;
    return b + x * (2 * c + x * 3 * d);
  }

  /** The second derivative. */
  public double bend(double at) {
    double x = at - start;
    return 2 * c + 6 * d * x;
  }
}
