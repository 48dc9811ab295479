package dev.mapsmith.drivelog.map.osm;

import java.util.Map;
import java.util.Optional;

/**
 * An OSM node: id, WGS84 latitude and longitude in degrees, and its tags (sorted by key), such as
 * {@code ele}, or Autoware's {@code local_x} and {@code local_y} in metres.
 */
public record OsmNode(long id, double lat, double lon, Map<String, String> tags) {

  public OsmNode {
    tags = OsmTags.copy(tags);
  }

  public Optional<String> tag(String key) {
    return Optional.ofNullable(tags.get(key));
  }
}
