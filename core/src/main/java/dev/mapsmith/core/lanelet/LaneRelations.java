package dev.mapsmith.core.lanelet;

import dev.mapsmith.core.geom.Polyline;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the relations of lanelets from their shapes, the way Lanelet2's routing does:
 *
 * <ul>
 *   <li>B succeeds A when B's left and right bounds start where A's end (within {@link
 *       RelationTolerances#join()});
 *   <li>B is A's left neighbour when A's left bound is B's right bound (the same line string, the
 *       same way), and A is then B's right neighbour; a lane change is allowed when the shared line
 *       allows it ({@link LineString#laneChangeAllowed()}). Lanelets of opposite directions that
 *       share a bound are not neighbours in this sense;
 *   <li>A and B conflict when their centerlines cross and neither follows the other nor do they
 *       start at the same place (lanes that split); one relation per pair, lower id first.
 * </ul>
 *
 * Crosswalk lanelets take part in none of these.
 */
public final class LaneRelations {

  private LaneRelations() {}

  /** The graph's lanelets with relations derived from their shapes. */
  public static LaneGraph derived(LaneGraph g, RelationTolerances tol) {
    return g.withRelations(derive(g, tol));
  }

  public static List<LaneRelation> derive(LaneGraph g, RelationTolerances tol) {
    Map<Long, Shape> shapes = new LinkedHashMap<>();
    for (Lanelet l : g.lanelets()) {
      if (!l.crosswalk()) {
        shapes.put(l.id(), new Shape(l, LaneletGeometry.left(g, l), LaneletGeometry.right(g, l)));
      }
    }
    List<LaneRelation> out = new ArrayList<>();
    Set<List<Long>> successors = new HashSet<>();
    for (Shape a : shapes.values()) {
      for (Shape b : shapes.values()) {
        if (a != b && follows(a, b, tol.join())) {
          out.add(LaneRelation.successor(a.l.id(), b.l.id()));
          successors.add(List.of(a.l.id(), b.l.id()));
        }
      }
    }
    for (Shape a : shapes.values()) {
      for (Shape b : shapes.values()) {
        if (a != b && a.l.left().equals(b.l.right())) {
          boolean change = g.line(a.l.left().lineId()).orElseThrow().laneChangeAllowed();
          out.add(new LaneRelation(a.l.id(), b.l.id(), LaneRelation.Kind.LEFT, change));
          out.add(new LaneRelation(b.l.id(), a.l.id(), LaneRelation.Kind.RIGHT, change));
        }
      }
    }
    List<Shape> list = new ArrayList<>(shapes.values());
    Map<Long, Polyline> centres = new LinkedHashMap<>();
    list.forEach(s -> centres.put(s.l.id(), LaneletGeometry.centerline(s.left, s.right)));
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        Shape a = list.get(i), b = list.get(j);
        long lo = Math.min(a.l.id(), b.l.id()), hi = Math.max(a.l.id(), b.l.id());
        if (successors.contains(List.of(lo, hi))
            || successors.contains(List.of(hi, lo))
            || startTogether(a, b, tol.join())) {
          continue;
        }
        if (LaneletGeometry.intersect(centres.get(a.l.id()), centres.get(b.l.id()))) {
          out.add(new LaneRelation(lo, hi, LaneRelation.Kind.CONFLICTING, false));
        }
      }
    }
    return out;
  }

  private record Shape(Lanelet l, Polyline left, Polyline right) {}

  private static boolean follows(Shape a, Shape b, double join) {
    return LaneletGeometry.dist(a.left, a.left.size() - 1, b.left, 0) < join
        && LaneletGeometry.dist(a.right, a.right.size() - 1, b.right, 0) < join;
  }

  private static boolean startTogether(Shape a, Shape b, double join) {
    return LaneletGeometry.dist(a.left, 0, b.left, 0) < join
        || LaneletGeometry.dist(a.right, 0, b.right, 0) < join;
  }
}
