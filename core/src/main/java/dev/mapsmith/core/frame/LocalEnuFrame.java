package dev.mapsmith.core.frame;

/** East-north-up metres, tangent to WGS84 at {@code origin}. */
public record LocalEnuFrame(GeoOrigin origin) implements FrameOfReference {

  @Override
  public String describe() {
    return "enu(" + origin.latDeg() + "," + origin.lonDeg() + "," + origin.altM() + ")";
  }

  public EnuProjection projection() {
    return new EnuProjection(origin);
  }
}
