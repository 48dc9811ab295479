package dev.mapsmith.reconstruction.eval;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.LaneRelation;
import dev.mapsmith.core.lanelet.Lanelet;
import dev.mapsmith.core.lanelet.LaneletGeometry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a predicted lane graph against the truth's, after OpenLane-V2's lane and lane-to-lane
 * topology scores:
 *
 * <ol>
 *   <li>drivable lanelets (not crosswalks) with at least {@link LaneMatchConfig#inWindowShare()} of
 *       their centerline inside the scoring windows are scored;
 *   <li>pairs running the same way are matched greedily by ascending centerline Chamfer distance
 *       ({@link Chamfer}), up to {@link LaneMatchConfig#maxChamfer()}, each lanelet once:
 *       precision, recall and F1 of lanelets;
 *   <li>successor edges (and left/right neighbour edges, as unordered pairs) between lanelets that
 *       matched are compared through the matching: F1 of each.
 * </ol>
 *
 * Both graphs must be in the same frame.
 */
public final class LaneGraphEvaluation {

  private LaneGraphEvaluation() {}

  public static LaneGraphScore score(
      LaneGraph predicted, LaneGraph truth, List<EvalWindow> windows, LaneMatchConfig cfg) {
    Map<Long, Polyline> pred = scored(predicted, windows, cfg);
    Map<Long, Polyline> gt = scored(truth, windows, cfg);
    Map<Long, Long> match = match(pred, gt, cfg); // predicted id -> truth id
    int wrong = 0;
    for (long id : pred.keySet()) {
      Lanelet l = predicted.lanelet(id).orElseThrow();
      if (!LaneletGeometry.leftLiesLeft(
          LaneletGeometry.left(predicted, l), LaneletGeometry.right(predicted, l))) {
        wrong++;
      }
    }
    Set<Long> matchedTruth = new HashSet<>(match.values());
    return new LaneGraphScore(
        new EdgeScore(gt.size(), pred.size(), match.size()),
        edges(predicted, truth, match, matchedTruth, true),
        edges(predicted, truth, match, matchedTruth, false),
        wrong);
  }

  private static Map<Long, Polyline> scored(
      LaneGraph g, List<EvalWindow> windows, LaneMatchConfig cfg) {
    Map<Long, Polyline> out = new LinkedHashMap<>();
    for (Lanelet l : g.lanelets()) {
      if (l.crosswalk()) {
        continue;
      }
      Polyline c = LaneletGeometry.centerline(g, l);
      int inside = 0;
      for (int i = 0; i < c.size(); i++) {
        if (inAny(windows, c.x(i), c.y(i))) {
          inside++;
        }
      }
      if (inside >= cfg.inWindowShare() * c.size()) {
        out.put(l.id(), c);
      }
    }
    return out;
  }

  private static boolean inAny(List<EvalWindow> windows, double x, double y) {
    for (EvalWindow w : windows) {
      if (Math.abs(w.localX(x, y)) <= w.length() / 2 && Math.abs(w.localY(x, y)) <= w.width() / 2) {
        return true;
      }
    }
    return false;
  }

  private record Pair(long pred, long truth, double d) {}

  private static Map<Long, Long> match(
      Map<Long, Polyline> pred, Map<Long, Polyline> gt, LaneMatchConfig cfg) {
    Map<Long, double[]> pr = resampled(pred), tr = resampled(gt);
    List<Pair> pairs = new ArrayList<>();
    for (var p : pred.entrySet()) {
      for (var t : gt.entrySet()) {
        if (!p.getValue().bounds().expand(Chamfer.GATE).intersects(t.getValue().bounds())
            || !sameWay(p.getValue(), t.getValue())) {
          continue;
        }
        double d = Chamfer.distance(pr.get(p.getKey()), tr.get(t.getKey()));
        if (d <= cfg.maxChamfer()) {
          pairs.add(new Pair(p.getKey(), t.getKey(), d));
        }
      }
    }
    pairs.sort(Comparator.comparingDouble(Pair::d));
    Map<Long, Long> out = new HashMap<>();
    Set<Long> used = new HashSet<>();
    for (Pair p : pairs) {
      if (!out.containsKey(p.pred) && used.add(p.truth)) {
        out.put(p.pred, p.truth);
      }
    }
    return out;
  }

  private static Map<Long, double[]> resampled(Map<Long, Polyline> lines) {
    Map<Long, double[]> out = new HashMap<>();
    lines.forEach(
        (id, c) -> {
          double[] xy = new double[2 * c.size()];
          for (int i = 0; i < c.size(); i++) {
            xy[2 * i] = c.x(i);
            xy[2 * i + 1] = c.y(i);
          }
          out.put(id, Chamfer.resample(xy, false));
        });
    return out;
  }

  private static boolean sameWay(Polyline a, Polyline b) {
    double ax = a.x(a.size() - 1) - a.x(0), ay = a.y(a.size() - 1) - a.y(0);
    double bx = b.x(b.size() - 1) - b.x(0), by = b.y(b.size() - 1) - b.y(0);
    return ax * bx + ay * by > 0;
  }

  /** Successor edges (ordered) or neighbour edges (unordered) among matched lanelets. */
  private static EdgeScore edges(
      LaneGraph predicted,
      LaneGraph truth,
      Map<Long, Long> match,
      Set<Long> matchedTruth,
      boolean successors) {
    Set<List<Long>> predEdges = new HashSet<>(), truthEdges = new HashSet<>();
    for (LaneRelation r : predicted.relations()) {
      if (wanted(r, successors) && match.containsKey(r.from()) && match.containsKey(r.to())) {
        predEdges.add(key(match.get(r.from()), match.get(r.to()), successors));
      }
    }
    for (LaneRelation r : truth.relations()) {
      if (wanted(r, successors)
          && matchedTruth.contains(r.from())
          && matchedTruth.contains(r.to())) {
        truthEdges.add(key(r.from(), r.to(), successors));
      }
    }
    int agree = 0;
    for (List<Long> e : predEdges) {
      if (truthEdges.contains(e)) {
        agree++;
      }
    }
    return new EdgeScore(truthEdges.size(), predEdges.size(), agree);
  }

  private static boolean wanted(LaneRelation r, boolean successors) {
    return successors
        ? r.kind() == LaneRelation.Kind.SUCCESSOR
        : r.kind() == LaneRelation.Kind.LEFT || r.kind() == LaneRelation.Kind.RIGHT;
  }

  private static List<Long> key(long a, long b, boolean ordered) {
    return ordered || a < b ? List.of(a, b) : List.of(b, a);
  }
}
