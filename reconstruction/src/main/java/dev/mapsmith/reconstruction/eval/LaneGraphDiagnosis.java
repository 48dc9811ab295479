package dev.mapsmith.reconstruction.eval;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.lanelet.LaneGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@link LaneGraphEvaluation} scored, chain by chain, for looking at a score by eye (the lane
 * graph benchmark's plots): each scored chain of either graph, the stretch scored, the chain it
 * matched (or null) and the smallest Chamfer distance to any chain of the other graph running the
 * same way.
 */
public final class LaneGraphDiagnosis {

  /** One scored chain. */
  public record Chain(
      boolean truth, long id, int lanelets, Polyline scored, Long matched, double nearest) {}

  private LaneGraphDiagnosis() {}

  public static List<Chain> chains(
      LaneGraph predicted, LaneGraph truth, List<EvalWindow> windows, LaneMatchConfig cfg) {
    LaneChains pc = new LaneChains(predicted), tc = new LaneChains(truth);
    Map<Long, Polyline> pred = LaneGraphEvaluation.scored(pc, windows, cfg);
    Map<Long, Polyline> gt = LaneGraphEvaluation.scored(tc, windows, cfg);
    Map<Long, Long> match = LaneGraphEvaluation.match(pred, gt, cfg);
    Map<Long, Long> back = new java.util.HashMap<>();
    match.forEach((p, t) -> back.put(t, p));
    List<Chain> out = new ArrayList<>();
    add(out, false, pc, pred, gt, match);
    add(out, true, tc, gt, pred, back);
    return out;
  }

  private static void add(
      List<Chain> out,
      boolean truth,
      LaneChains chains,
      Map<Long, Polyline> mine,
      Map<Long, Polyline> other,
      Map<Long, Long> match) {
    Map<Long, double[]> a = LaneGraphEvaluation.resampled(mine);
    Map<Long, double[]> b = LaneGraphEvaluation.resampled(other);
    mine.forEach(
        (id, line) -> {
          double best = Double.POSITIVE_INFINITY;
          for (var e : other.entrySet()) {
            if (LaneGraphEvaluation.sameWay(line, e.getValue())) {
              best = Math.min(best, Chamfer.distance(a.get(id), b.get(e.getKey())));
            }
          }
          out.add(new Chain(truth, id, chains.members.get(id).size(), line, match.get(id), best));
        });
  }
}
