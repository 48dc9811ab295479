package dev.mapsmith.drivelog.map.osm;

/**
 * A member of a relation: its element type ({@code node}, {@code way}, {@code relation}), id, role.
 */
public record OsmMember(String type, long ref, String role) {

  public OsmMember {
    if (!type.equals("node") && !type.equals("way") && !type.equals("relation")) {
      throw new IllegalArgumentException("unknown OSM member type '" + type + "'");
    }
    role = role == null ? "" : role;
  }
}
