package dev.mapsmith.reconstruction.lanegraph;

import dev.mapsmith.core.lanelet.RelationTolerances;

/**
 * Tolerances of the lane graph builder ({@link LaneGraphBuilder}). Metres and degrees.
 *
 * @param stationStep the trajectory is cut across every this many metres
 * @param extend the path is extended straight on this far at both ends (what the sensors saw ahead
 *     of the first and past the last pose)
 * @param reach each cut looks this far to either side for lines
 * @param parallelDeg a line counts in a cut when it runs within this of the driving direction
 * @param sameLine hits closer than this across are one line
 * @param minLaneWidth two neighbouring lines at least this far apart...
 * @param maxLaneWidth ...and at most this far bound a lane
 * @param smoothStations lane counts are smoothed over this many cuts (odd), so a line missing from
 *     one cut does not split the lanes
 * @param minPaintRun lanelets end where the paint of their lines changes for at least this many
 *     cuts
 * @param bridgeCuts segments at most this many cuts apart are joined line to line (a line missing
 *     from a cut or two); farther apart, a connecting lanelet follows the path
 * @param bridgeGapCuts a line missed by at most this many cuts in a row is followed through the gap
 *     ({@link GapBridging})...
 * @param bridgeOtherLines ...when each cut of the gap still meets at least this many other lines
 * @param duplicateShare a lanelet whose centerline lies this share of its length beside an earlier
 *     one of the same direction (a stretch driven twice) is dropped
 * @param duplicateDistance "beside" means within this
 * @param governDistance a stop line or crosswalk governs a lanelet whose centerline passes this
 *     close
 * @param connectorConfidence the confidence of a lanelet through a junction (no paint seen)
 * @param relations how relations are read from the shapes
 */
public record LaneGraphConfig(
    double stationStep,
    double extend,
    double reach,
    double parallelDeg,
    double sameLine,
    double minLaneWidth,
    double maxLaneWidth,
    int smoothStations,
    int minPaintRun,
    int bridgeCuts,
    int bridgeGapCuts,
    int bridgeOtherLines,
    double duplicateShare,
    double duplicateDistance,
    double governDistance,
    double connectorConfidence,
    RelationTolerances relations) {

  public LaneGraphConfig {
    if (!(stationStep > 0) || !(reach > 0) || !(maxLaneWidth > minLaneWidth)) {
      throw new IllegalArgumentException("bad lane graph tolerances");
    }
    if (smoothStations < 1 || smoothStations % 2 == 0) {
      throw new IllegalArgumentException("smoothStations must be odd: " + smoothStations);
    }
  }

  public static LaneGraphConfig defaults() {
    return new LaneGraphConfig(
        2.0,
        25.0,
        15.0,
        30,
        0.6,
        2.4,
        4.8,
        5,
        3,
        2,
        15,
        2,
        0.6,
        1.5,
        1.0,
        0.3,
        RelationTolerances.defaults());
  }
}
