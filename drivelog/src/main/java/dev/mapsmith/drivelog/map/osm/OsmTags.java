package dev.mapsmith.drivelog.map.osm;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Immutable, key-sorted copies of tag maps. */
final class OsmTags {

  private OsmTags() {}

  static Map<String, String> copy(Map<String, String> tags) {
    return Collections.unmodifiableMap(new TreeMap<>(tags));
  }
}
