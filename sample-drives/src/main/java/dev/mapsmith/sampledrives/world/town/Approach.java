package dev.mapsmith.sampledrives.world.town;

import dev.mapsmith.sampledrives.world.RoadPath;
import java.util.List;

/**
 * A road meeting a junction at {@code s} along its path: {@code outward} when the path leaves the
 * junction there (its forward lanes go out), else it arrives (its forward lanes come in).
 */
record Approach(RoadPath path, RoadSpec spec, double s, boolean outward) {

  /** The direction from the junction along this road, radians. */
  double angle() {
    double h = Port.heading(path, s);
    return outward ? h : h + Math.PI;
  }

  /** The lanes entering the junction, driver's right first. */
  List<Port> incoming() {
    return Port.lanes(path, spec, s, !outward);
  }

  /** The lanes leaving the junction, driver's right first. */
  List<Port> outgoing() {
    return Port.lanes(path, spec, s, outward);
  }
}
