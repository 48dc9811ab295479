package dev.mapsmith.reconstruction.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The lane graph's score ({@link LaneGraphEvaluation}): lanelets matched by centerline ({@code
 * lanelets}, with {@link EdgeScore}'s precision, recall and F1), successor edges and neighbour
 * edges between matched lanelets, and how many predicted lanelets have their left bound on the
 * right ({@code wrongSide}).
 */
public record LaneGraphScore(
    EdgeScore lanelets, EdgeScore successors, EdgeScore neighbours, int wrongSide) {

  public static final LaneGraphScore EMPTY =
      new LaneGraphScore(new EdgeScore(0, 0, 0), new EdgeScore(0, 0, 0), new EdgeScore(0, 0, 0), 0);

  /** The sum of two scores (pooling over drives). */
  public LaneGraphScore plus(LaneGraphScore o) {
    return new LaneGraphScore(
        lanelets.plus(o.lanelets),
        successors.plus(o.successors),
        neighbours.plus(o.neighbours),
        wrongSide + o.wrongSide);
  }

  public Map<String, Object> toJsonMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lanelets", lanelets.toJsonMap());
    m.put("successor_edges", successors.toJsonMap());
    m.put("neighbour_edges", neighbours.toJsonMap());
    m.put("wrong_side", wrongSide);
    return m;
  }
}
