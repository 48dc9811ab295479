package dev.mapsmith.reconstruction.eval;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.LaneRelation;
import dev.mapsmith.core.lanelet.Lanelet;
import dev.mapsmith.core.lanelet.LaneletGeometry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A lane graph in its canonical form for scoring: drivable lanelets joined into chains wherever one
 * follows another with no branch (A has only B as successor, B only A as predecessor). Where a map
 * cuts a lane without a reason a driver can see (one survey's stretch ends), the chain is the same,
 * so a reconstruction is not scored on where the truth happened to cut. Each chain is named by its
 * first lanelet's id; its centerline is its lanelets' centerlines in order.
 */
final class LaneChains {

  /** Chain id by lanelet id, and each chain's centerline by chain id. */
  final Map<Long, Long> chainOf = new HashMap<>();

  final Map<Long, Polyline> centres = new LinkedHashMap<>();
  final Map<Long, List<Long>> members = new LinkedHashMap<>();

  LaneChains(LaneGraph g) {
    Map<Long, List<Long>> succ = new HashMap<>(), pred = new HashMap<>();
    for (Lanelet l : g.lanelets()) {
      if (!l.crosswalk()) {
        succ.put(l.id(), new ArrayList<>());
        pred.put(l.id(), new ArrayList<>());
      }
    }
    for (LaneRelation r : g.relations()) {
      if (r.kind() == LaneRelation.Kind.SUCCESSOR
          && succ.containsKey(r.from())
          && succ.containsKey(r.to())
          && junction(g, r.from()) == junction(g, r.to())) {
        succ.get(r.from()).add(r.to());
        pred.get(r.to()).add(r.from());
      }
    }
    List<Long> order = new ArrayList<>(succ.keySet());
    for (long id : order) {
      if (!continues(id, succ, pred)) {
        follow(id, succ, pred);
      }
    }
    for (long id : order) {
      if (!chainOf.containsKey(id)) {
        follow(id, succ, pred); // a closed loop with no branch
      }
    }
    members.forEach((chain, ids) -> centres.put(chain, centre(g, ids)));
  }

  private static boolean junction(LaneGraph g, long id) {
    Lanelet l = g.lanelet(id).orElseThrow();
    return virtual(g, l.left().lineId()) && virtual(g, l.right().lineId());
  }

  private static boolean virtual(LaneGraph g, long line) {
    return g.line(line).orElseThrow().attributes().get("type").orElse("").equals("virtual");
  }

  /** Whether {@code id} only continues its single predecessor's lane. */
  private static boolean continues(
      long id, Map<Long, List<Long>> succ, Map<Long, List<Long>> pred) {
    List<Long> p = pred.get(id);
    return p.size() == 1 && p.get(0) != id && succ.get(p.get(0)).size() == 1;
  }

  private void follow(long head, Map<Long, List<Long>> succ, Map<Long, List<Long>> pred) {
    List<Long> ids = new ArrayList<>();
    long at = head;
    while (!chainOf.containsKey(at)) {
      chainOf.put(at, head);
      ids.add(at);
      List<Long> next = succ.get(at);
      if (next.size() != 1 || !continues(next.get(0), succ, pred)) {
        break;
      }
      at = next.get(0);
    }
    members.put(head, ids);
  }

  private static Polyline centre(LaneGraph g, List<Long> ids) {
    List<Point3> pts = new ArrayList<>();
    for (long id : ids) {
      Polyline c = LaneletGeometry.centerline(g, g.lanelet(id).orElseThrow());
      for (int i = 0; i < c.size(); i++) {
        if (pts.isEmpty() || pts.get(pts.size() - 1).distance2dTo(c.point(i)) > 1e-6) {
          pts.add(c.point(i));
        }
      }
    }
    if (pts.size() == 1) {
      pts.add(pts.get(0));
    }
    return Polyline.of(pts);
  }

  /** Edges between chains: successors (ordered) or neighbours (unordered pairs). */
  Set<List<Long>> edges(LaneGraph g, boolean successors) {
    Set<List<Long>> out = new java.util.HashSet<>();
    for (LaneRelation r : g.relations()) {
      boolean wanted =
          successors
              ? r.kind() == LaneRelation.Kind.SUCCESSOR
              : r.kind() == LaneRelation.Kind.LEFT || r.kind() == LaneRelation.Kind.RIGHT;
      Long a = chainOf.get(r.from()), b = chainOf.get(r.to());
      if (wanted && a != null && b != null && !a.equals(b)) {
        out.add(successors || a < b ? List.of(a, b) : List.of(b, a));
      }
    }
    return out;
  }
}
