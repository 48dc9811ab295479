package dev.mapsmith.reconstruction.eval;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.geom.Polylines;
import dev.mapsmith.core.lanelet.LaneGraph;
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
    LaneChains pc = new LaneChains(predicted), tc = new LaneChains(truth);
    Map<Long, Polyline> pred = scored(pc, windows, cfg);
    Map<Long, Polyline> gt = scored(tc, windows, cfg);
    Map<Long, Long> match = match(pred, gt, cfg); // predicted chain -> truth chain
    int wrong = 0;
    for (long chain : pred.keySet()) {
      for (long id : pc.members.get(chain)) {
        Lanelet l = predicted.lanelet(id).orElseThrow();
        if (!LaneletGeometry.leftLiesLeft(
            LaneletGeometry.left(predicted, l), LaneletGeometry.right(predicted, l))) {
          wrong++;
        }
      }
    }
    return new LaneGraphScore(
        new EdgeScore(gt.size(), pred.size(), match.size()),
        edges(pc.edges(predicted, true), tc.edges(truth, true), match, true),
        edges(pc.edges(predicted, false), tc.edges(truth, false), match, false),
        wrong);
  }

  /** Each chain's longest stretch inside the windows, when long enough. */
  static Map<Long, Polyline> scored(
      LaneChains chains, List<EvalWindow> windows, LaneMatchConfig cfg) {
    Map<Long, Polyline> out = new LinkedHashMap<>();
    for (var e : chains.centres.entrySet()) {
      Polyline c = e.getValue();
      int n = (int) Math.max(2, Math.ceil(Polylines.length2d(c, false) / cfg.step()) + 1);
      Polyline r = Polylines.resample(c, false, n);
      int bestFrom = 0, bestTo = -1, from = -1;
      for (int i = 0; i <= r.size(); i++) {
        boolean in = i < r.size() && inAny(windows, r.x(i), r.y(i));
        if (in && from < 0) {
          from = i;
        } else if (!in && from >= 0) {
          if (i - 1 - from > bestTo - bestFrom) {
            bestFrom = from;
            bestTo = i - 1;
          }
          from = -1;
        }
      }
      if (bestTo > bestFrom) {
        Polyline part = r.slice(bestFrom, bestTo + 1);
        if (Polylines.length2d(part, false) >= cfg.minInside()) {
          out.put(e.getKey(), part);
        }
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

  static Map<Long, Long> match(
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

  static Map<Long, double[]> resampled(Map<Long, Polyline> lines) {
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

  static boolean sameWay(Polyline a, Polyline b) {
    double ax = a.x(a.size() - 1) - a.x(0), ay = a.y(a.size() - 1) - a.y(0);
    double bx = b.x(b.size() - 1) - b.x(0), by = b.y(b.size() - 1) - b.y(0);
    return ax * bx + ay * by > 0;
  }

  /** Edges between matched chains, the predicted ones named through the matching. */
  private static EdgeScore edges(
      Set<List<Long>> predEdges,
      Set<List<Long>> truthEdges,
      Map<Long, Long> match,
      boolean ordered) {
    Set<Long> matchedTruth = new HashSet<>(match.values());
    Set<List<Long>> pred = new HashSet<>(), truth = new HashSet<>();
    for (List<Long> e : predEdges) {
      if (match.containsKey(e.get(0)) && match.containsKey(e.get(1))) {
        pred.add(key(match.get(e.get(0)), match.get(e.get(1)), ordered));
      }
    }
    for (List<Long> e : truthEdges) {
      if (matchedTruth.contains(e.get(0)) && matchedTruth.contains(e.get(1))) {
        truth.add(e);
      }
    }
    int agree = 0;
    for (List<Long> e : pred) {
      if (truth.contains(e)) {
        agree++;
      }
    }
    return new EdgeScore(truth.size(), pred.size(), agree);
  }

  private static List<Long> key(long a, long b, boolean ordered) {
    return ordered || a < b ? List.of(a, b) : List.of(b, a);
  }
}
