package dev.mapsmith.sampledrives.world;

import dev.mapsmith.sampledrives.osm.OsmData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a Lanelet2 map in local metres with positive ids from one counter (Lanelet2 shares one id
 * space across points, lines, lanelets and regulatory elements), so ids are stable for a scenario.
 */
public final class MapBuilder {

  private final OsmData data = new OsmData();
  private long next = 1;

  /** A line from points {x, y}; returns its way id. */
  public long line(List<double[]> pts, LineTags tags) {
    List<Long> refs = new ArrayList<>();
    for (double[] p : pts) {
      long id = next++;
      data.add(new OsmData.Node(id, p[0], p[1], 0, Map.of()));
      refs.add(id);
    }
    long id = next++;
    data.add(new OsmData.Way(id, refs, tags.toMap()));
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
    data.add(
        new OsmData.Relation(
            id,
            List.of(
                new OsmData.Member("way", left, "left"), new OsmData.Member("way", right, "right")),
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
    data.add(
        new OsmData.Relation(
            reg,
            List.of(
                new OsmData.Member("way", sign, "refers"),
                new OsmData.Member("way", stopLine, "ref_line")),
            Map.of("type", "regulatory_element", "subtype", "traffic_sign")));
    for (long ll : lanelets) {
      OsmData.Relation r = data.relations().get(ll);
      List<OsmData.Member> members = new ArrayList<>(r.members());
      members.add(new OsmData.Member("relation", reg, "regulatory_element"));
      data.add(new OsmData.Relation(r.id(), members, r.tags()));
    }
  }

  public OsmData build() {
    return data;
  }
}
