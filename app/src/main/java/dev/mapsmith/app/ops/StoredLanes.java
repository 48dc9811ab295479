package dev.mapsmith.app.ops;

import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.LaneRelation;
import dev.mapsmith.core.lanelet.Lanelet;
import dev.mapsmith.core.lanelet.LineString;
import dev.mapsmith.core.lanelet.RegulatoryElement;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.ProjectLanes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A project's stored lane graph as it is exported: without the lanelets a person rejected, and
 * without the lines and regulatory elements only those used.
 */
public final class StoredLanes {

  private StoredLanes() {}

  public static LaneGraph exported(ProjectLanes lanes) {
    LaneGraph g = lanes.graph();
    List<Lanelet> kept = new ArrayList<>();
    Set<Long> ids = new HashSet<>(), used = new HashSet<>();
    for (Lanelet l : g.lanelets()) {
      if (lanes.review(l.id()) != ReviewState.REJECTED) {
        kept.add(l);
        ids.add(l.id());
        used.add(l.left().lineId());
        used.add(l.right().lineId());
      }
    }
    List<RegulatoryElement> rules = new ArrayList<>();
    for (RegulatoryElement r : g.regulations()) {
      List<Long> governed = r.lanelets().stream().filter(ids::contains).toList();
      if (!governed.isEmpty()) {
        rules.add(new RegulatoryElement(r.id(), r.kind(), r.refLine(), governed));
        used.add(r.refLine());
      }
    }
    List<LineString> lines = g.lines().stream().filter(l -> used.contains(l.id())).toList();
    List<LaneRelation> relations =
        g.relations().stream().filter(r -> ids.contains(r.from()) && ids.contains(r.to())).toList();
    return new LaneGraph(g.frame(), lines, kept, relations, rules);
  }
}
