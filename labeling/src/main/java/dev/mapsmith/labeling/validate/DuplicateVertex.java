package dev.mapsmith.labeling.validate;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.labeling.Finding;
import dev.mapsmith.labeling.Severity;
import java.util.ArrayList;
import java.util.List;

/** {@code mapping.duplicate_vertex}: consecutive vertices closer than {@code tolerance} metres. */
public record DuplicateVertex(double tolerance) implements Validator {

  @Override
  public String name() {
    return "mapping.duplicate_vertex";
  }

  @Override
  public List<Finding> check(MapView map) {
    List<Finding> out = new ArrayList<>();
    for (Primitive p : map.primitives()) {
      Polyline g = p.geometry();
      for (int i = 1; i < g.size(); i++) {
        if (g.point(i).distanceTo(g.point(i - 1)) < tolerance) {
          out.add(
              new Finding(
                  name(),
                  p.id(),
                  g.point(i),
                  Severity.WARNING,
                  "vertex " + i + " repeats vertex " + (i - 1)));
        }
      }
    }
    return out;
  }
}
