package dev.mapsmith.core.frame;

/** A geodetic point on WGS84: latitude and longitude in degrees, altitude in metres. */
public record GeoOrigin(double latDeg, double lonDeg, double altM) {

  public GeoOrigin {
    if (!(latDeg >= -90 && latDeg <= 90) || !(lonDeg >= -180 && lonDeg <= 180)) {
      throw new IllegalArgumentException(
          "not a geodetic position: lat " + latDeg + ", lon " + lonDeg);
    }
    if (!Double.isFinite(altM)) {
      throw new IllegalArgumentException("altitude is not finite: " + altM);
    }
  }

  /** Parses {@code LAT,LON} or {@code LAT,LON,ALT}. */
  public static GeoOrigin parse(String text) {
    String[] parts = text.split(",");
    if (parts.length != 2 && parts.length != 3) {
      throw new IllegalArgumentException("an origin is LAT,LON[,ALT], not '" + text + "'");
    }
    try {
      return new GeoOrigin(
          Double.parseDouble(parts[0].trim()),
          Double.parseDouble(parts[1].trim()),
          parts.length == 3 ? Double.parseDouble(parts[2].trim()) : 0);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number in origin '" + text + "'");
    }
  }
}
