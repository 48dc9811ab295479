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

  public boolean hasFix() {
    return status >= 0 && Double.isFinite(latitude + longitude + altitude);
  }
}
