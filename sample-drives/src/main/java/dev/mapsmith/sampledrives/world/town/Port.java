package dev.mapsmith.sampledrives.world.town;

import dev.mapsmith.sampledrives.world.RoadPath;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a lane ends or starts: its left and right bound points and its driving direction (radians).
 * A connector joins two ports so that the lane graph runs through a junction.
 */
record Port(double[] left, double[] right, double heading) {

  /** The heading of {@code path} at {@code s}, radians. */
  static double heading(RoadPath path, double s) {
    double a = Math.max(0, Math.min(path.length() - 0.2, s - 0.1));
    double[] p = path.at(a, 0), q = path.at(a + 0.2, 0);
    return Math.atan2(q[1] - p[1], q[0] - p[0]);
  }

  /**
   * The ports of one direction's lanes at {@code s}, driver's right lane first, facing the way they
   * are driven.
   */
  static List<Port> lanes(RoadPath path, RoadSpec spec, double s, boolean forward) {
    double h = heading(path, s);
    double w = spec.laneWidth();
    List<Port> out = new ArrayList<>();
    int n = forward ? spec.forward() : spec.backward();
    for (int i = 0; i < n; i++) {
      if (forward) {
        double r = -spec.right() + i * w;
        out.add(new Port(path.at(s, r + w), path.at(s, r), h));
      } else {
        double r = spec.left() - i * w;
        out.add(new Port(path.at(s, r - w), path.at(s, r), h + Math.PI));
      }
    }
    return out;
  }
}
