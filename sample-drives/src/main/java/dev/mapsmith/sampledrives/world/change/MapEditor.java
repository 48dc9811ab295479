package dev.mapsmith.sampledrives.world.change;

import dev.mapsmith.drivelog.map.osm.OsmDocument;
import dev.mapsmith.drivelog.map.osm.OsmMember;
import dev.mapsmith.drivelog.map.osm.OsmNode;
import dev.mapsmith.drivelog.map.osm.OsmRelation;
import dev.mapsmith.drivelog.map.osm.OsmWay;
import dev.mapsmith.sampledrives.world.MapPoints;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A working copy of a map in local metres that changes edit: retag a way, move a way sideways (on
 * nodes of its own, so no other way moves), add a line or a lanelet, remove a relation and every
 * reference to it. New elements take ids above every id of the map (Lanelet2's one id space).
 */
final class MapEditor {

  private final Map<Long, OsmNode> nodes = new LinkedHashMap<>();
  private final Map<Long, OsmWay> ways = new LinkedHashMap<>();
  private final Map<Long, OsmRelation> relations = new LinkedHashMap<>();
  private long next;

  MapEditor(OsmDocument map, long firstFreeId) {
    map.nodes().forEach(n -> nodes.put(n.id(), n));
    map.ways().forEach(w -> ways.put(w.id(), w));
    map.relations().forEach(r -> relations.put(r.id(), r));
    next = firstFreeId;
  }

  /** One more than the largest id of any element of {@code map}. */
  static long firstFreeId(OsmDocument map) {
    long max = 0;
    for (OsmNode n : map.nodes()) {
      max = Math.max(max, n.id());
    }
    for (OsmWay w : map.ways()) {
      max = Math.max(max, w.id());
    }
    for (OsmRelation r : map.relations()) {
      max = Math.max(max, r.id());
    }
    return max + 1;
  }

  OsmDocument build() {
    OsmDocument.Builder b = OsmDocument.builder();
    nodes.values().forEach(b::add);
    ways.values().forEach(b::add);
    relations.values().forEach(b::add);
    return b.build();
  }

  OsmWay way(long id) {
    return ways.get(id);
  }

  List<double[]> points(long wayId) {
    List<double[]> pts = new ArrayList<>();
    for (long ref : ways.get(wayId).nodeRefs()) {
      var p = nodes.get(ref).local().orElseThrow();
      pts.add(new double[] {p.x(), p.y()});
    }
    return pts;
  }

  /** Replaces a way's tags. */
  void retag(long wayId, Map<String, String> tags) {
    OsmWay w = ways.get(wayId);
    ways.put(wayId, new OsmWay(wayId, w.nodeRefs(), tags));
  }

  /** Gives a way new nodes at {@code pts} (same id, same tags). */
  void reshape(long wayId, List<double[]> pts) {
    OsmWay w = ways.get(wayId);
    ways.put(wayId, new OsmWay(wayId, newNodes(pts), w.tags()));
  }

  /** A new way through {@code pts}; returns its id. */
  long addLine(List<double[]> pts, Map<String, String> tags) {
    List<Long> refs = newNodes(pts);
    long id = next++;
    ways.put(id, new OsmWay(id, refs, tags));
    return id;
  }

  /** A new lanelet between two ways; returns its id. */
  long addLanelet(long left, long right, Map<String, String> tags) {
    long id = next++;
    relations.put(
        id,
        new OsmRelation(
            id,
            List.of(new OsmMember("way", left, "left"), new OsmMember("way", right, "right")),
            tags));
    return id;
  }

  /** Points the member of {@code relationId} with {@code role} at another way. */
  void replaceMember(long relationId, String role, long wayId) {
    OsmRelation r = relations.get(relationId);
    List<OsmMember> members = new ArrayList<>();
    for (OsmMember m : r.members()) {
      members.add(m.role().equals(role) ? new OsmMember("way", wayId, role) : m);
    }
    relations.put(relationId, new OsmRelation(relationId, members, r.tags()));
  }

  /** Removes a relation and every member that points at it. */
  void removeRelation(long id) {
    relations.remove(id);
    for (OsmRelation r : List.copyOf(relations.values())) {
      List<OsmMember> kept =
          r.members().stream()
              .filter(m -> !(m.type().equals("relation") && m.ref() == id))
              .toList();
      if (kept.size() != r.members().size()) {
        relations.put(r.id(), new OsmRelation(r.id(), kept, r.tags()));
      }
    }
  }

  private List<Long> newNodes(List<double[]> pts) {
    List<Long> refs = new ArrayList<>();
    for (double[] p : pts) {
      long id = next++;
      nodes.put(id, OsmNode.local(id, p[0], p[1], 0, Map.of()));
      refs.add(id);
    }
    return refs;
  }

  /** The way's points as {@link MapPoints} reads them from a finished document. */
  static List<double[]> points(OsmDocument map, long wayId) {
    return MapPoints.points(map, map.way(wayId).orElseThrow());
  }
}
