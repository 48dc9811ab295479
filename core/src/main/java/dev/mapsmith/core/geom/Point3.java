package dev.mapsmith.core.geom;

/** A point in a metric, right-handed frame (x east or forward, y north or left, z up), metres. */
public record Point3(double x, double y, double z) {

  public double distanceTo(Point3 other) {
    double dx = x - other.x, dy = y - other.y, dz = z - other.z;
    return Math.sqrt(dx * dx + dy * dy + dz * dz);
  }

  public double distance2dTo(Point3 other) {
    return Math.hypot(x - other.x, y - other.y);
  }
}
