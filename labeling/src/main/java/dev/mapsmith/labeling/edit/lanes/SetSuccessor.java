package dev.mapsmith.labeling.edit.lanes;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.lanelet.BoundRef;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.LaneRelation;
import dev.mapsmith.core.lanelet.Lanelet;
import dev.mapsmith.core.lanelet.LaneletGeometry;
import dev.mapsmith.core.lanelet.LineString;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.ProjectLanes;
import dev.mapsmith.labeling.edit.Change;
import dev.mapsmith.labeling.edit.EditContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes lanelet {@code to} follow lanelet {@code from}. In a Lanelet2 map a successor starts where
 * its predecessor ends (shared end points), so when {@code to}'s bounds start up to {@link
 * LaneEditRules#maxSnap()} away from {@code from}'s ends, their first vertices are moved onto them
 * (the lines move for every lanelet they bound). Refused: a lanelet after itself, a crosswalk, a
 * successor already there, a start farther away, or one whose left and right are crossed over.
 */
public record SetSuccessor(long from, long to, LaneEditRules rules) implements LaneCommand {

  public SetSuccessor(long from, long to) {
    this(from, to, LaneEditRules.defaults());
  }

  @Override
  public String description() {
    return "set lanelet " + to + " after " + from;
  }

  @Override
  public Change plan(MapView map, ProjectLanes lanes, EditContext ctx) {
    if (from == to) {
      throw new IllegalArgumentException("lanelet " + from + " cannot follow itself");
    }
    Lanelet a = LaneEdits.requireLane(lanes, from, "follow");
    Lanelet b = LaneEdits.requireLane(lanes, to, "follow");
    LaneGraph g = lanes.graph();
    if (g.successors(from).contains(to)) {
      throw new IllegalArgumentException("lanelet " + to + " already follows " + from);
    }
    Polyline al = LaneletGeometry.left(g, a), ar = LaneletGeometry.right(g, a);
    Polyline bl = LaneletGeometry.left(g, b), br = LaneletGeometry.right(g, b);
    Point3 aLeftEnd = al.point(al.size() - 1), aRightEnd = ar.point(ar.size() - 1);
    double gl = aLeftEnd.distance2dTo(bl.point(0)), gr = aRightEnd.distance2dTo(br.point(0));
    double crossed = aLeftEnd.distance2dTo(br.point(0)) + aRightEnd.distance2dTo(bl.point(0));
    if (crossed < gl + gr) {
      throw new IllegalArgumentException(
          "lanelet "
              + to
              + " starts with its left bound at "
              + from
              + "'s right: it runs the other way; reverse one of them first");
    }
    double gap = Math.max(gl, gr);
    if (gap > rules.maxSnap()) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "lanelet %d starts %.1f m from where %d ends; a successor must start within %.1f m"
                  + " (a connecting lanelet is missing there)",
              to,
              gap,
              from,
              rules.maxSnap()));
    }
    Map<Long, LineString> lines = new LinkedHashMap<>();
    g.lines().forEach(l -> lines.put(l.id(), l));
    Set<Long> touched = new HashSet<>();
    double join = rules.relations().join();
    if (gl >= join) {
      moveStart(lines, b.left(), aLeftEnd);
      LaneEdits.usersOf(g, b.left().lineId(), -1).forEach(l -> touched.add(l.id()));
    }
    if (gr >= join) {
      moveStart(lines, b.right(), aRightEnd);
      LaneEdits.usersOf(g, b.right().lineId(), -1).forEach(l -> touched.add(l.id()));
    }
    ProjectLanes after =
        LaneEdits.rebuilt(
            lanes,
            lines.values(),
            g.lanelets(),
            g.regulations(),
            touched,
            rules.relations(),
            ReviewState.CORRECTED);
    List<LaneRelation> rel = new ArrayList<>(after.graph().relations());
    if (!rel.contains(LaneRelation.successor(from, to))) {
      rel.add(LaneRelation.successor(from, to));
    }
    Map<Long, ReviewState> review = new HashMap<>(after.review());
    for (long id : List.of(from, to)) {
      if (after.review(id) == ReviewState.AUTO) {
        review.put(id, ReviewState.CORRECTED);
      }
    }
    after = new ProjectLanes(after.graph().withRelations(rel), review);
    return Change.ofLanes(after);
  }

  /** Moves the first vertex of the bound (in the lanelet's direction) to {@code p}. */
  private static void moveStart(Map<Long, LineString> lines, BoundRef bound, Point3 p) {
    LineString l = lines.get(bound.lineId());
    Polyline g = l.geometry();
    int vertex = bound.inverted() ? g.size() - 1 : 0;
    lines.put(l.id(), new LineString(l.id(), g.withVertex(vertex, p), l.attributes()));
  }
}
