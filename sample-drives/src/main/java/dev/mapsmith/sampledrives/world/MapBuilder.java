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
  private long next = 1;

  /** A line from points {x, y}; returns its way id. */
  public long line(List<double[]> pts, LineTags tags) {
    List<Long> refs = new ArrayList<>();
    for (double[] p : pts) {
      long id = next++;
      nodes.add(OsmNode.local(id, p[0], p[1], 0, Map.of()));
      refs.add(id);
    }
    long id = next++;
    ways.add(new OsmWay(id, refs, tags.toMap()));
    return id;
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
