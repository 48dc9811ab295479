package dev.mapsmith.sampledrives.world.town;

import java.util.List;

/**
 * A town's layout as drawn from its seed: a chain of legs, each a stretch of road (straights,
 * curves, intersections, merges) or a roundabout joining two stretches. The route drives the whole
 * chain.
 */
record TownPlan(TownKind kind, MarkingStyle style, List<Leg> legs) {

  /** One leg of the chain. */
  sealed interface Leg permits Stretch, Ring {}

  /** A road of one cross-section made of pieces laid end to end. */
  record Stretch(RoadSpec spec, List<Piece> pieces) implements Leg {}

  /**
   * A roundabout: ring lanes and width, outer radius, the turn the route makes through it (degrees
   * counter-clockwise from the arm it enters by: 180 is straight on), and its other arms.
   */
  record Ring(int lanes, double laneWidth, double outerRadius, double turnDeg, List<Arm> stubs)
      implements Leg {}

  /** A side road: its angle (degrees, counter-clockwise from the road it leaves), spec, length. */
  record Arm(double angleDeg, RoadSpec spec, double length) {}

  /** A piece of a stretch. */
  sealed interface Piece permits Straight, Curve, Junction, Merge {}

  record Straight(double length) implements Piece {}

  /** An arc of {@code radius} metres turning {@code degrees} (positive = left). */
  record Curve(double radius, double degrees) implements Piece {}

  /** An intersection with side roads {@code arms}; the stretch runs straight through it. */
  record Junction(List<Arm> arms) implements Piece {}

  /** An on-ramp joining from the right, or ({@code diverge}) an off-ramp leaving to the right. */
  record Merge(boolean diverge) implements Piece {}
}
