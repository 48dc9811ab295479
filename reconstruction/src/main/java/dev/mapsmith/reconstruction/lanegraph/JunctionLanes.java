package dev.mapsmith.reconstruction.lanegraph;

/**
 * Which lanes a junction's connecting lanelets join, from the lanes before ({@code a}) and after
 * ({@code b}) it: the driven lane always (the drive went that way); where the path leaves the
 * junction within {@link LaneGraphConfig#parallelDeg()} of the heading it entered with (straight
 * through), also every lane beside it that both sides have, running the same way on both, lane k to
 * lane k (the lanes of a road go straight on side by side). Turning, the lanes beside the driven
 * one may go elsewhere, so only the drive's own movement is built.
 *
 * @param lowest the lowest lane index joined (0 = driven)
 * @param highest the highest
 */
record JunctionLanes(int lowest, int highest) {

  static JunctionLanes of(
      Segment a,
      int oppositeA,
      Segment b,
      int oppositeB,
      Station endA,
      Station startB,
      LaneGraphConfig cfg) {
    double turn = Math.abs(Math.IEEEremainder(startB.heading() - endA.heading(), 2 * Math.PI));
    if (turn > Math.toRadians(cfg.parallelDeg())) {
      return new JunctionLanes(0, 0);
    }
    int lowest = -Math.min(a.right(), b.right());
    int highest = Math.min(a.left(), b.left());
    for (int k = 1; k <= highest; k++) {
      if ((k >= oppositeA) != (k >= oppositeB)) {
        highest = k - 1; // the lanes' directions disagree from here on
        break;
      }
    }
    return new JunctionLanes(lowest, highest);
  }
}
