package dev.mapsmith.drivelog.mcap.ros2;

/**
 * {@code sensor_msgs/msg/NavSatFix}: status (-1 no fix, 0 fix, 1 SBAS, 2 GBAS), latitude and
 * longitude in degrees, altitude in metres.
 */
public record NavSatFixMessage(
    RosHeader header, int status, double latitude, double longitude, double altitude) {

  public static NavSatFixMessage decode(byte[] b, int from, int to) {
    CdrCursor c = new CdrCursor(b, from, to);
    RosHeader h = RosHeader.read(c);
    int status = (byte) c.u8();
    c.u16();
    double lat = c.f64(), lon = c.f64(), alt = c.f64();
    c.skipF64(9);
    c.u8();
    return new NavSatFixMessage(h, status, lat, lon, alt);
  }

  /** A fix further than this from the ellipsoid (m) is not one: a damaged message. */
  static final double MAX_ALTITUDE = 1e6;

  /** A fix with a status of at least 0 and a position on (or near) the Earth. */
  public boolean hasFix() {
    return status >= 0
        && Math.abs(latitude) <= 90
        && Math.abs(longitude) <= 180
        && Math.abs(altitude) <= MAX_ALTITUDE;
  }
}
