package dev.mapsmith.drivelog.map.osm;

import dev.mapsmith.core.geom.Point3;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * An OSM node: id, WGS84 latitude and longitude in degrees, and its tags (sorted by key), such as
 * {@code ele}, or Autoware's {@code local_x} and {@code local_y} in metres. A node that has only
 * local coordinates (as Autoware writes them) has {@code NaN} latitude and longitude.
 */
public record OsmNode(long id, double lat, double lon, Map<String, String> tags) {

  public OsmNode {
    tags = OsmTags.copy(tags);
  }

  /** A node with local metres only ({@code local_x}, {@code local_y}, {@code ele}), no lat/lon. */
  public static OsmNode local(long id, double x, double y, double z, Map<String, String> tags) {
    Map<String, String> t = new TreeMap<>(tags);
    t.put("local_x", OsmNumbers.format(x));
    t.put("local_y", OsmNumbers.format(y));
    t.put("ele", OsmNumbers.format(z));
    return new OsmNode(id, Double.NaN, Double.NaN, t);
  }

  public Optional<String> tag(String key) {
    return Optional.ofNullable(tags.get(key));
  }

  /** Whether the node has a latitude and a longitude. */
  public boolean hasLatLon() {
    return !Double.isNaN(lat) && !Double.isNaN(lon);
  }

  /** A tag's value as a number; empty when the tag is missing or not a number. */
  public OptionalDouble number(String key) {
    String v = tags.get(key);
    if (v == null) {
      return OptionalDouble.empty();
    }
    try {
      return OptionalDouble.of(Double.parseDouble(v.trim()));
    } catch (NumberFormatException e) {
      return OptionalDouble.empty();
    }
  }

  /**
   * The node's local position ({@code local_x}, {@code local_y}, and {@code ele} or 0), or empty
   * when it has no local coordinates.
   */
  public Optional<Point3> local() {
    OptionalDouble x = number("local_x"), y = number("local_y");
    if (x.isEmpty() || y.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Point3(x.getAsDouble(), y.getAsDouble(), number("ele").orElse(0)));
  }

  /** This node with other latitude and longitude, same id and tags. */
  public OsmNode withLatLon(double newLat, double newLon) {
    return new OsmNode(id, newLat, newLon, tags);
  }
}
