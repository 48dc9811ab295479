package dev.mapsmith.labeling.validate;

import dev.mapsmith.core.geom.Polylines;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.labeling.Finding;
import dev.mapsmith.labeling.Severity;
import java.util.ArrayList;
import java.util.List;

/** {@code mapping.too_short}: a line shorter than {@code minLength} metres, likely noise. */
public record TooShort(double minLength) implements Validator {

  @Override
  public String name() {
    return "mapping.too_short";
  }

  @Override
  public List<Finding> check(MapView map) {
    List<Finding> out = new ArrayList<>();
    for (Primitive p : map.primitives()) {
      double len = Polylines.length2d(p.geometry(), p.closed());
      if (len < minLength) {
        out.add(
            new Finding(
                name(),
                p.id(),
                p.geometry().point(0),
                Severity.WARNING,
                String.format("%.2f m long, shorter than %.2f m", len, minLength)));
      }
    }
    return out;
  }
}
