package dev.mapsmith.sampledrives.world;

import dev.mapsmith.drivelog.map.osm.OsmDocument;
import dev.mapsmith.drivelog.map.osm.OsmMember;
import dev.mapsmith.drivelog.map.osm.OsmNode;
import dev.mapsmith.drivelog.map.osm.OsmRelation;
import dev.mapsmith.drivelog.map.osm.OsmWay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a Lanelet2 map in local metres (nodes with {@code local_x}/{@code local_y}/{@code ele})
 * with positive ids from one counter (Lanelet2 shares one id space across points, lines, lanelets
 * and regulatory elements), so ids are stable for a scenario.
 */
public final class MapBuilder {

  private final List<OsmNode> nodes = new ArrayList<>();
  private final List<OsmWay> ways = new ArrayList<>();
  private final Map<Long, OsmRelation> relations = new LinkedHashMap<>();
  private final Map<List<Long>, List<Placed>> grid = new java.util.HashMap<>();
  private long next = 1;

  /**
   * Lines whose ends lie this close share one end node, metres: the town's pieces meet their
   * junction connectors to within about 0.12 m (seen on every town kind), which Lanelet2's routing
   * only joins through a shared node; lines' ends that are not meant to meet lie a lane marking's
   * width or more apart.
   */
  static final double END_JOIN_M = 0.15;

  /**
   * A line from points {x, y}; returns its way id. A point at the place (to the millimetre) of a
   * node already in the map reuses that node, and an end point within {@link #END_JOIN_M} of
   * another line's end reuses that end node, so lines that meet end to end share their end nodes
   * and successive lanelets are connected for Lanelet2's routing ({@code mapsmith check-map}'s
   * {@code successor_not_shared}).
   */
  public long line(List<double[]> pts, LineTags tags) {
    List<Long> refs = new ArrayList<>();
    for (int i = 0; i < pts.size(); i++) {
      boolean end = i == 0 || i == pts.size() - 1;
      long node = node(pts.get(i), end);
      if (refs.isEmpty() || refs.get(refs.size() - 1) != node) {
        refs.add(node);
      }
    }
    long id = next++;
    ways.add(new OsmWay(id, refs, tags.toMap()));
    return id;
  }

  private long node(double[] p, boolean end) {
    double reach = end ? END_JOIN_M : 0.001;
    long cx = cell(p[0]), cy = cell(p[1]);
    Long best = null;
    double bestD = reach;
    for (long dx = -1; dx <= 1; dx++) {
      for (long dy = -1; dy <= 1; dy++) {
        for (Placed n : grid.getOrDefault(List.of(cx + dx, cy + dy), List.of())) {
          OsmNode at = nodes.get(n.index());
          var q = at.local().orElseThrow();
          double d = Math.hypot(q.x() - p[0], q.y() - p[1]);
          if ((d < 0.001 || (end && n.end())) && d <= bestD) {
            bestD = d;
            best = at.id();
          }
        }
      }
    }
    if (best != null) {
      return best;
    }
    long id = next++;
    grid.computeIfAbsent(List.of(cx, cy), k -> new ArrayList<>())
        .add(new Placed(nodes.size(), end));
    nodes.add(OsmNode.local(id, p[0], p[1], 0, Map.of()));
    return id;
  }

  /** A node by its index in {@code nodes}, and whether it is a line's end. */
  private record Placed(int index, boolean end) {}

  private static long cell(double v) {
    return (long) Math.floor(v / END_JOIN_M);
  }

  /** A lanelet with the given bounds and {@code subtype} (road, highway, crosswalk). */
  public long lanelet(long left, long right, String subtype, double speedLimitKmh) {
    long id = next++;
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("type", "lanelet");
    tags.put("subtype", subtype);
    tags.put("location", subtype.equals("highway") ? "nonurban" : "urban");
    tags.put("one_way", "yes");
    if (!subtype.equals("crosswalk")) {
      tags.put("speed_limit", String.valueOf((int) speedLimitKmh));
    }
    relations.put(
        id,
        new OsmRelation(
            id,
            List.of(new OsmMember("way", left, "left"), new OsmMember("way", right, "right")),
            tags));
    return id;
  }

  /**
   * A stop sign: a sign line at {@code signAt} and a regulatory element (traffic_sign) whose
   * ref_line is {@code stopLine}, referenced by {@code lanelets}.
   */
  public void stopSign(long stopLine, double[] signAt, List<Long> lanelets) {
    long sign =
        line(
            List.of(signAt, new double[] {signAt[0] + 0.3, signAt[1]}),
            new LineTags("traffic_sign", "usR1-1", ""));
    long reg = next++;
    relations.put(
        reg,
        new OsmRelation(
            reg,
            List.of(
                new OsmMember("way", sign, "refers"), new OsmMember("way", stopLine, "ref_line")),
            Map.of("type", "regulatory_element", "subtype", "traffic_sign")));
    for (long ll : lanelets) {
      OsmRelation r = relations.get(ll);
      List<OsmMember> members = new ArrayList<>(r.members());
      members.add(new OsmMember("relation", reg, "regulatory_element"));
      relations.put(r.id(), new OsmRelation(r.id(), members, r.tags()));
    }
  }

  /** The map so far, in local metres. */
  public OsmDocument build() {
    OsmDocument.Builder b = OsmDocument.builder();
    nodes.forEach(b::add);
    ways.forEach(b::add);
    relations.values().forEach(b::add);
    return b.build();
  }
}
