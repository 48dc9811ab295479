package dev.mapsmith.sampledrives.world;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.drivelog.map.osm.OsmDocument;
import dev.mapsmith.drivelog.map.osm.OsmRelation;
import dev.mapsmith.drivelog.map.osm.OsmWay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a truth map in local metres (every node has {@code local_x}/{@code local_y}, as {@link
 * MapBuilder} and drivelog's {@code Lanelet2File} make them): points as {x, y}, lanelets in id
 * order.
 */
public final class MapPoints {

  private MapPoints() {}

  /** A node's {x, y}. */
  public static double[] xy(OsmDocument map, long node) {
    Point3 p = map.node(node).orElseThrow().local().orElseThrow();
    return new double[] {p.x(), p.y()};
  }

  /** A way's points as {x, y}, in order. */
  public static List<double[]> points(OsmDocument map, OsmWay way) {
    List<double[]> pts = new ArrayList<>(way.nodeRefs().size());
    for (long n : way.nodeRefs()) {
      pts.add(xy(map, n));
    }
    return pts;
  }

  /** The relations tagged {@code type=lanelet}, by id. */
  public static List<OsmRelation> lanelets(OsmDocument map) {
    return map.relations().stream()
        .filter(r -> r.tag("type").orElse("").equals("lanelet"))
        .sorted(Comparator.comparingLong(OsmRelation::id))
        .toList();
  }

  /** A tag's value, empty when missing. */
  public static String tag(OsmWay w, String key) {
    return w.tag(key).orElse("");
  }
}
