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
 * {@code topology.no_successor}: a lane (not a crosswalk) that no lanelet follows, so a route ends
 * there. Right at the edge of the mapped area that is expected; inside it a connection is missing.
 * A warning at the lanelet's end.
 */
public record NoSuccessor() implements LaneValidator {

  @Override
  public String name() {
    return "topology.no_successor";
  }

  @Override
  public List<Finding> check(LaneGraph g) {
    List<Finding> out = new ArrayList<>();
    for (Lanelet l : g.lanelets()) {
      if (l.crosswalk() || !g.successors(l.id()).isEmpty()) {
        continue;
      }
      Polyline c = LaneletGeometry.centerline(g, l);
      out.add(
          new Finding(
              name(),
              l.id(),
              c.point(c.size() - 1),
              Severity.WARNING,
              "no lanelet follows lanelet " + l.id() + "; a route ends here"));
    }
    return out;
  }
}
