package dev.mapsmith.labeling.validate;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.labeling.Finding;
import dev.mapsmith.labeling.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code topology.boundary_gap}: the end of a road boundary or divider lies between {@code
 * touching} and {@code maxGap} metres from the end of another line of the same class: the two
 * probably continue each other but do not meet.
 */
public record BoundaryGap(double touching, double maxGap) implements Validator {

  @Override
  public String name() {
    return "topology.boundary_gap";
  }

  @Override
  public List<Finding> check(MapView map) {
    List<Finding> out = new ArrayList<>();
    for (MapClass c : List.of(MapClass.BOUNDARY, MapClass.DIVIDER)) {
      EndpointGrid grid = new EndpointGrid(maxGap);
      List<Primitive> lines = map.ofClass(c);
      lines.forEach(grid::add);
      for (Primitive p : lines) {
        for (Point3 end : EndpointGrid.ends(p)) {
          double nearest = grid.nearestOtherEnd(p.id(), end);
          if (nearest > touching && nearest <= maxGap) {
            out.add(
                new Finding(
                    name(),
                    p.id(),
                    end,
                    Severity.WARNING,
                    String.format(
                        "%s ends %.2f m from another %s's end", c.key(), nearest, c.key())));
          }
        }
      }
    }
    return out;
  }
}
