package dev.mapsmith.sampledrives.osm;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An OSM document in memory: nodes, ways and relations by id, each with tags. Private to
 * sample-drives until drivelog's OSM layer lands (then this is replaced by it). Node coordinates
 * are local east-north-up metres ({@code x}, {@code y}, {@code z}).
 */
public final class OsmData {

  /** A node at local metres, with tags. */
  public record Node(long id, double x, double y, double z, Map<String, String> tags) {}

  /** A way: node ids in order, with tags. */
  public record Way(long id, List<Long> nodes, Map<String, String> tags) {
    public String tag(String key) {
      return tags.getOrDefault(key, "");
    }
  }

  /** One member of a relation: {@code type} is node, way or relation. */
  public record Member(String type, long ref, String role) {}

  /** A relation with members and tags. */
  public record Relation(long id, List<Member> members, Map<String, String> tags) {
    public String tag(String key) {
      return tags.getOrDefault(key, "");
    }
  }

  private final Map<Long, Node> nodes = new TreeMap<>();
  private final Map<Long, Way> ways = new TreeMap<>();
  private final Map<Long, Relation> relations = new TreeMap<>();

  public void add(Node n) {
    nodes.put(n.id(), n);
  }

  public void add(Way w) {
    ways.put(w.id(), w);
  }

  public void add(Relation r) {
    relations.put(r.id(), r);
  }

  public Map<Long, Node> nodes() {
    return Collections.unmodifiableMap(nodes);
  }

  public Map<Long, Way> ways() {
    return Collections.unmodifiableMap(ways);
  }

  public Map<Long, Relation> relations() {
    return Collections.unmodifiableMap(relations);
  }

  /** The relations tagged {@code type=lanelet}, in id order. */
  public List<Relation> lanelets() {
    return relations.values().stream().filter(r -> r.tag("type").equals("lanelet")).toList();
  }
}
