package dev.mapsmith.drivelog.map.opendrive;

/**
 * Tolerances of the OpenDRIVE conversion.
 *
 * @param sampleTolerance how far (m) a sampled polyline may stray from the analytic curve
 * @param maxStep the longest step (m) the sampler takes before checking a piece at all
 * @param joinDistance line ends closer than this (m, in 3D) become one node, which is what links
 *     lanelets of consecutive lane sections and roads for routing
 * @param minLaneWidth a driving lane never wider than this (m) is a placeholder, not a lanelet
 * @param crosswalkBand the width (m) of a crosswalk drawn as one line (a two-corner outline)
 * @param curbReach a curb this close (m) outside a driving lane's edge, across non-driving lanes
 *     only (a gutter, a shoulder, a parking strip: at most about a lane's width), is the road's
 *     edge: the lane edge itself is no border
 */
public record OpenDriveOptions(
    double sampleTolerance,
    double maxStep,
    double joinDistance,
    double minLaneWidth,
    double crosswalkBand,
    double curbReach) {

  public static final OpenDriveOptions DEFAULT =
      new OpenDriveOptions(0.01, 20, 0.05, 0.1, 3.0, 4.0);
}
