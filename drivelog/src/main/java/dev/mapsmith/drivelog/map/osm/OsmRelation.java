package dev.mapsmith.drivelog.map.osm;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An OSM relation: id, members in order, and tags (sorted by key). */
public record OsmRelation(long id, List<OsmMember> members, Map<String, String> tags) {

  public OsmRelation {
    members = List.copyOf(members);
    tags = OsmTags.copy(tags);
  }

  public Optional<String> tag(String key) {
    return Optional.ofNullable(tags.get(key));
  }

  /** The members with this role, in order. */
  public List<OsmMember> withRole(String role) {
    return members.stream().filter(m -> m.role().equals(role)).toList();
  }
}
