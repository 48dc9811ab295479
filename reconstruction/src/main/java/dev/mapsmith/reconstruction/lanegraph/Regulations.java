package dev.mapsmith.reconstruction.lanegraph;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.geom.Polylines;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.LaneletGeometry;
import dev.mapsmith.core.lanelet.LineString;
import dev.mapsmith.core.lanelet.RegulatoryElement;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Attaches stop lines and crosswalks to the lanelets they govern: each becomes a line string
 * ({@code stop_line}; a crosswalk's outline as a closed {@code crosswalk_polygon}) and a regulatory
 * element naming the lanelets whose centerline crosses it or passes within {@link
 * LaneGraphConfig#governDistance()}. One that governs no lanelet is left out.
 */
final class Regulations {

  private final LaneGraphConfig cfg;
  private long nextId;

  Regulations(LaneGraphConfig cfg, long firstId) {
    this.cfg = cfg;
    this.nextId = firstId;
  }

  LaneGraph attach(LaneGraph g, List<Primitive> primitives) {
    Map<Long, Polyline> centres = new LinkedHashMap<>();
    g.lanelets().forEach(l -> centres.put(l.id(), LaneletGeometry.centerline(g, l)));
    List<LineString> lines = new ArrayList<>(g.lines());
    List<RegulatoryElement> rules = new ArrayList<>(g.regulations());
    for (Primitive p : primitives) {
      RegulatoryElement.Kind kind;
      Polyline shape = p.geometry();
      Attributes tags;
      if (p.mapClass() == MapClass.STOP_LINE) {
        kind = RegulatoryElement.Kind.STOP_LINE;
        tags = Attributes.of(Attributes.TYPE, "stop_line");
      } else if (p.mapClass() == MapClass.PED_CROSSING) {
        kind = RegulatoryElement.Kind.CROSSWALK;
        shape = shape.withInserted(shape.size(), shape.point(0));
        tags = Attributes.of(Attributes.TYPE, "crosswalk_polygon", "area", "yes");
      } else {
        continue;
      }
      List<Long> governed = governed(shape, centres);
      if (governed.isEmpty()) {
        continue;
      }
      LineString line = new LineString(nextId++, shape, tags);
      lines.add(line);
      rules.add(new RegulatoryElement(nextId++, kind, line.id(), governed));
    }
    return new LaneGraph(g.frame(), lines, g.lanelets(), g.relations(), rules);
  }

  private List<Long> governed(Polyline shape, Map<Long, Polyline> centres) {
    List<Long> out = new ArrayList<>();
    centres.forEach(
        (id, c) -> {
          if (LaneletGeometry.intersect(c, shape) || closest(c, shape) < cfg.governDistance()) {
            out.add(id);
          }
        });
    return out;
  }

  private static double closest(Polyline c, Polyline shape) {
    if (!c.bounds().expand(5).intersects(shape.bounds())) {
      return Double.POSITIVE_INFINITY;
    }
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < c.size(); i++) {
      best = Math.min(best, Polylines.distanceTo2d(shape, c.x(i), c.y(i)));
    }
    return best;
  }
}
