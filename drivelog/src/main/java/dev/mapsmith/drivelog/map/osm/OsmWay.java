package dev.mapsmith.drivelog.map.osm;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An OSM way: id, the ids of its nodes in order, and its tags (sorted by key). */
public record OsmWay(long id, List<Long> nodeRefs, Map<String, String> tags) {

  public OsmWay {
    nodeRefs = List.copyOf(nodeRefs);
    tags = OsmTags.copy(tags);
  }

  public Optional<String> tag(String key) {
    return Optional.ofNullable(tags.get(key));
  }

  /** Whether the way ends where it starts (an area), with at least three distinct nodes. */
  public boolean isClosed() {
    return nodeRefs.size() >= 4 && nodeRefs.get(0).equals(nodeRefs.get(nodeRefs.size() - 1));
  }
}
