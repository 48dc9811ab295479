package dev.mapsmith.reconstruction.eval;

/**
 * How lanelets are matched ({@link LaneGraphEvaluation}).
 *
 * @param maxChamfer centerlines match when their Chamfer distance ({@link Chamfer}) is at most
 *     this, metres (1.0, as the issue asks)
 * @param inWindowShare a lanelet is scored when at least this share of its centerline lies in the
 *     scoring windows
 */
public record LaneMatchConfig(double maxChamfer, double inWindowShare) {

  public static LaneMatchConfig defaults() {
    return new LaneMatchConfig(1.0, 0.5);
  }
}
