package dev.mapsmith.labeling.validate;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.Lanelet;
import dev.mapsmith.core.lanelet.LaneletGeometry;
import dev.mapsmith.labeling.Finding;
import dev.mapsmith.labeling.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code topology.bound_direction_mismatch}: a lanelet's left and right bound, each taken the way
 * the lanelet uses it (its {@code inverted} flag), run opposite ways ({@link
 * LaneletGeometry#runSameWay}, as {@code mapsmith check-map} tests a file). In the project a bound
 * reference carries its own direction, so unlike a file no shared line excuses it. An error.
 */
public record BoundDirectionMismatch() implements LaneValidator {

  @Override
  public String name() {
    return "topology.bound_direction_mismatch";
  }

  @Override
  public List<Finding> check(LaneGraph g) {
    List<Finding> out = new ArrayList<>();
    for (Lanelet l : g.lanelets()) {
      Polyline left = LaneletGeometry.left(g, l), right = LaneletGeometry.right(g, l);
      if (!LaneletGeometry.runSameWay(left, right)) {
        out.add(
            new Finding(
                name(),
                l.id(),
                right.point(0),
                Severity.ERROR,
                "left bound (line "
                    + l.left().lineId()
                    + ") runs against right bound (line "
                    + l.right().lineId()
                    + ")"));
      }
    }
    return out;
  }
}
