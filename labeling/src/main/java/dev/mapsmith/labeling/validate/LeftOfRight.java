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
 * {@code topology.left_of_right}: driving along a lanelet, its left bound does not lie on the left
 * ({@link LaneletGeometry#leftLiesLeft}, the test of {@code mapsmith check-map}). Checked where
 * both bounds run the same way (else {@link BoundDirectionMismatch} says so) and not for
 * crosswalks. An error: the lane is mirrored, and reversing or swapping is needed.
 */
public record LeftOfRight() implements LaneValidator {

  @Override
  public String name() {
    return "topology.left_of_right";
  }

  @Override
  public List<Finding> check(LaneGraph g) {
    List<Finding> out = new ArrayList<>();
    for (Lanelet l : g.lanelets()) {
      Polyline left = LaneletGeometry.left(g, l), right = LaneletGeometry.right(g, l);
      if (l.crosswalk()
          || !LaneletGeometry.runSameWay(left, right)
          || LaneletGeometry.leftLiesLeft(left, right)) {
        continue;
      }
      Polyline c = LaneletGeometry.centerline(left, right);
      out.add(
          new Finding(
              name(),
              l.id(),
              c.point(c.size() / 2),
              Severity.ERROR,
              "left bound (line "
                  + l.left().lineId()
                  + ") lies right of right bound (line "
                  + l.right().lineId()
                  + ")"));
    }
    return out;
  }
}
