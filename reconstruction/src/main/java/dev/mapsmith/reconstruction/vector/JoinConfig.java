package dev.mapsmith.reconstruction.vector;

/**
 * Tolerances of {@link ChainJoiner} shared by every kind of line (the per-kind gap, angle and
 * lateral limits are the {@link ChainConfig} of each call). Lengths in metres, angles in degrees.
 *
 * @param maxOverlap chains whose ends overlap side by side by up to this may still join
 * @param cornerReach ends whose rays meet this close may join round a corner
 * @param cornerTurnDeg the largest turn of a corner join
 * @param cornerCost corner joins come after straight ones of the same gap (cost in metres of gap)
 * @param endReach end directions are measured over about this length
 * @param nearGap ends closer than this may also join by their direction over the last {@code
 *     nearReach}: a chain just round a bend points across it when measured over {@code endReach}
 *     and would miss the next piece of the same line right ahead of it
 * @param nearReach see {@code nearGap}
 * @param nearAngleDeg ...and may turn by up to this (a short fragment's direction is rough)
 * @param lateralCost a metre of lateral offset costs as much as this many metres of gap
 */
public record JoinConfig(
    double maxOverlap,
    double cornerReach,
    double cornerTurnDeg,
    double cornerCost,
    double endReach,
    double nearGap,
    double nearReach,
    double nearAngleDeg,
    double lateralCost) {

  public static JoinConfig defaults() {
    return new JoinConfig(10, 4, 100, 5, 4, 2.5, 1.5, 50, 10);
  }
}
