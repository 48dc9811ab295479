package dev.mapsmith.reconstruction.vector;

/**
 * Tolerances of the lane-line junction rules ({@link LineJunctions}): lengths in metres, angles in
 * degrees.
 *
 * @param reach how far an end's ray may run to the line it ends on
 * @param minAngleDeg the ray crosses that line at this angle or more
 * @param minPiece a split leaves pieces at least this long; nearer a line's end, two lines meet end
 *     to end (a corner) rather than one on the other
 * @param minConfidence only lines at least this confident end on others (a weak line may be a wrong
 *     join)
 * @param endReach an end's direction is measured over about this length
 * @param facingGap ends facing each other this close...
 * @param facingAngleDeg ...and within this angle join
 * @param facingReach facing ends' directions are measured over this length (a bend may follow)
 * @param minBend ends this close to the line they meet join it square; farther, round a bend
 * @param bendStep bends are drawn with points about this far apart
 * @param uTurnDeg a turn over this angle...
 * @param uTurnReach ...within this length is two lines joined wrongly
 * @param passGap a line ending on another runs on through it to a third met at least this far and
 *     at most {@code reach} beyond it (an X crossing's paint is one blot)
 * @param touching ends closer than this to a line already meet it
 * @param ownSkip on its own line, the ray ignores the stretch this long behind the end
 */
public record JunctionConfig(
    double reach,
    double minAngleDeg,
    double minPiece,
    double minConfidence,
    double endReach,
    double facingGap,
    double facingAngleDeg,
    double facingReach,
    double minBend,
    double bendStep,
    double uTurnDeg,
    double uTurnReach,
    double passGap,
    double touching,
    double ownSkip) {

  public static JunctionConfig defaults() {
    return new JunctionConfig(
        3.5, 30, 2.0, 0.5, 2.0, 3.0, 40, 1.0, 0.5, 0.5, 150, 4.0, 1.0, 0.01, 6.0);
  }
}
