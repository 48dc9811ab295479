package dev.mapsmith.labeling.validate;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.labeling.Finding;
import dev.mapsmith.labeling.Severity;
import java.util.ArrayList;
import java.util.List;

/** {@code mapping.polygon_too_small}: a polygon (crosswalk) with area below {@code minArea} m². */
public record PolygonTooSmall(double minArea) implements Validator {

  @Override
  public String name() {
    return "mapping.polygon_too_small";
  }

  @Override
  public List<Finding> check(MapView map) {
    List<Finding> out = new ArrayList<>();
    for (Primitive p : map.primitives()) {
      if (!p.closed()) {
        continue;
      }
      double a = Math.abs(area(p.geometry()));
      if (a < minArea) {
        out.add(
            new Finding(
                name(),
                p.id(),
                p.geometry().point(0),
                Severity.WARNING,
                String.format("polygon area %.2f m² below %.2f m²", a, minArea)));
      }
    }
    return out;
  }

  static double area(Polyline g) {
    double s = 0;
    for (int i = 0, n = g.size(); i < n; i++) {
      int j = (i + 1) % n;
      s += g.x(i) * g.y(j) - g.x(j) * g.y(i);
    }
    return s / 2;
  }
}
