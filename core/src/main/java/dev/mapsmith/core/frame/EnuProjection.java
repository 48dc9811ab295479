package dev.mapsmith.core.frame;

import dev.mapsmith.core.geom.Point3;

/** Exact conversion between WGS84 geodetic coordinates and a local east-north-up frame. */
public final class EnuProjection {

  private static final double A = 6378137.0;
  private static final double F = 1 / 298.257223563;
  private static final double E2 = F * (2 - F);

  private final GeoOrigin origin;
  private final double[] originEcef;
  private final double sinLat, cosLat, sinLon, cosLon;

  public EnuProjection(GeoOrigin origin) {
    this.origin = origin;
    this.originEcef = toEcef(origin.latDeg(), origin.lonDeg(), origin.altM());
    double lat = Math.toRadians(origin.latDeg());
    double lon = Math.toRadians(origin.lonDeg());
    sinLat = Math.sin(lat);
    cosLat = Math.cos(lat);
    sinLon = Math.sin(lon);
    cosLon = Math.cos(lon);
  }

  public GeoOrigin origin() {
    return origin;
  }

  /** Geodetic (lat, lon in degrees, alt in metres) to local ENU metres. */
  public Point3 toEnu(double latDeg, double lonDeg, double altM) {
    double[] p = toEcef(latDeg, lonDeg, altM);
    double dx = p[0] - originEcef[0], dy = p[1] - originEcef[1], dz = p[2] - originEcef[2];
    double e = -sinLon * dx + cosLon * dy;
    double n = -sinLat * cosLon * dx - sinLat * sinLon * dy + cosLat * dz;
    double u = cosLat * cosLon * dx + cosLat * sinLon * dy + sinLat * dz;
    return new Point3(e, n, u);
  }

  public Point3 toEnu(GeoOrigin g) {
    return toEnu(g.latDeg(), g.lonDeg(), g.altM());
  }

  /** Local ENU metres to geodetic coordinates. */
  public GeoOrigin toGeodetic(Point3 enu) {
    double e = enu.x(), n = enu.y(), u = enu.z();
    double dx = -sinLon * e - sinLat * cosLon * n + cosLat * cosLon * u;
    double dy = cosLon * e - sinLat * sinLon * n + cosLat * sinLon * u;
    double dz = cosLat * n + sinLat * u;
    return fromEcef(originEcef[0] + dx, originEcef[1] + dy, originEcef[2] + dz);
  }

  static double[] toEcef(double latDeg, double lonDeg, double alt) {
    double lat = Math.toRadians(latDeg), lon = Math.toRadians(lonDeg);
    double s = Math.sin(lat);
    double nu = A / Math.sqrt(1 - E2 * s * s);
    return new double[] {
      (nu + alt) * Math.cos(lat) * Math.cos(lon),
      (nu + alt) * Math.cos(lat) * Math.sin(lon),
      (nu * (1 - E2) + alt) * s
    };
  }

  static GeoOrigin fromEcef(double x, double y, double z) {
    double lon = Math.atan2(y, x);
    double p = Math.hypot(x, y);
    double lat = Math.atan2(z, p * (1 - E2));
    double alt = 0;
    for (int i = 0; i < 8; i++) {
      double s = Math.sin(lat);
      double nu = A / Math.sqrt(1 - E2 * s * s);
      alt = p / Math.cos(lat) - nu;
      lat = Math.atan2(z, p * (1 - E2 * nu / (nu + alt)));
    }
    return new GeoOrigin(Math.toDegrees(lat), Math.toDegrees(lon), alt);
  }
}
