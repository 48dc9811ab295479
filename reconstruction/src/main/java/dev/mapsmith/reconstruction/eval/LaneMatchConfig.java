package dev.mapsmith.reconstruction.eval;

/**
 * How lanelets are matched ({@link LaneGraphEvaluation}).
 *
 * @param maxChamfer centerlines match when their Chamfer distance ({@link Chamfer}) is at most
 *     this, metres (1.0, as the issue asks)
 * @param minInside a lanelet is scored by the longest stretch of its centerline inside the scoring
 *     windows, when that stretch is at least this long, metres
 * @param step centerlines are cut to the windows at vertices about this far apart, metres
 */
public record LaneMatchConfig(double maxChamfer, double minInside, double step) {

  public static LaneMatchConfig defaults() {
    return new LaneMatchConfig(1.0, 5.0, 1.0);
  }
}
