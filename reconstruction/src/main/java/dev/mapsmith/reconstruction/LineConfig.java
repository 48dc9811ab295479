package dev.mapsmith.reconstruction;

import dev.mapsmith.reconstruction.vector.ChainConfig;
import dev.mapsmith.reconstruction.vector.JoinConfig;
import dev.mapsmith.reconstruction.vector.JunctionConfig;

/**
 * The line stage of the classical method: how chained fragments join into lane lines and curbs and
 * how the lines are fitted. Distances in metres.
 *
 * @param lineJoin how fitted lane-line chains join across larger gaps (occlusions, broken chaining)
 * @param curbJoin the same for curbs
 * @param paintCornerGap painted ends up to this far apart may join round a corner, their rays
 *     meeting within half of it: the paint round a loop's corner of 3–4 m radius is often not seen
 * @param onCurbDistance a lane line this close to a parallel curb is likely the curb's bright rim
 * @param onCurbPenalty share of the confidence taken away from a line on a curb all its length
 * @param stopLineReach a lane line end this far short of the stop line it meets is run up to it
 * @param fitStep spacing of the fitted polyline's vertices
 * @param fitMaxShift the fitted line stays within this of each sampled fragment point
 * @param maxCurbPieceWidth curb pieces wider than this are dropped (kerbside clutter)
 * @param junctions how lane lines meet at junctions and corners
 * @param joins the chain joiner's tolerances, for lines and curbs alike
 */
public record LineConfig(
    ChainConfig lineJoin,
    ChainConfig curbJoin,
    double paintCornerGap,
    double onCurbDistance,
    double onCurbPenalty,
    double stopLineReach,
    double fitStep,
    double fitMaxShift,
    double maxCurbPieceWidth,
    JunctionConfig junctions,
    JoinConfig joins) {

  public static LineConfig defaults() {
    return new LineConfig(
        new ChainConfig(20, 35, 0.5, 0.03),
        new ChainConfig(15, 40, 1.5, 0.05),
        10,
        0.6,
        0.6,
        12,
        1.0,
        0.25,
        1.5,
        JunctionConfig.defaults(),
        JoinConfig.defaults());
  }
}
