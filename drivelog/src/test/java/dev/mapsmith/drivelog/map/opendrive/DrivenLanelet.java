package dev.mapsmith.drivelog.map.opendrive;

import dev.mapsmith.drivelog.map.osm.OsmDocument;
import dev.mapsmith.drivelog.map.osm.OsmNode;
import dev.mapsmith.drivelog.map.osm.OsmRelation;
import dev.mapsmith.drivelog.map.osm.OsmWay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A converted lanelet's bounds as node ids in its driving direction: ways run in the road's s
 * direction, so the bounds of a left lane (positive id) are reversed.
 */
record DrivenLanelet(boolean junction, List<Long> left, List<Long> right, OsmDocument doc) {

  static DrivenLanelet of(OsmDocument doc, OsmRelation r) {
    boolean reverse = Integer.parseInt(r.tags().get("odr_lane")) > 0;
    return new DrivenLanelet(
        r.tags().containsKey("odr_junction"),
        refs(doc, r, "left", reverse),
        refs(doc, r, "right", reverse),
        doc);
  }

  private static List<Long> refs(OsmDocument doc, OsmRelation r, String role, boolean reverse) {
    OsmWay w = doc.way(r.withRole(role).get(0).ref()).orElseThrow();
    List<Long> out = new ArrayList<>(w.nodeRefs());
    if (reverse) {
      Collections.reverse(out);
    }
    return out;
  }

  boolean continuesInto(DrivenLanelet next, double tolerance) {
    return distance(last(left), next.left.get(0)) < tolerance
        && distance(last(right), next.right.get(0)) < tolerance;
  }

  boolean sharesEndNodesWith(DrivenLanelet next) {
    return last(left) == next.left.get(0) && last(right) == next.right.get(0);
  }

  private static long last(List<Long> l) {
    return l.get(l.size() - 1);
  }

  private double distance(long a, long b) {
    OsmNode p = doc.node(a).orElseThrow(), q = doc.node(b).orElseThrow();
    return Math.hypot(
        LaneGeometryTest.x(p) - LaneGeometryTest.x(q),
        LaneGeometryTest.y(p) - LaneGeometryTest.y(q));
  }
}
