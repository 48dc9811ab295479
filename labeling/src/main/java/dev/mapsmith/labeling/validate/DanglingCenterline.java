package dev.mapsmith.labeling.validate;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.geom.Polylines;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.labeling.Finding;
import dev.mapsmith.labeling.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code topology.dangling_centerline}: at its middle, a centerline has no divider or boundary
 * within {@code maxHalfWidth} metres on its left or on its right: it belongs to no lane.
 */
public record DanglingCenterline(double maxHalfWidth) implements Validator {

  @Override
  public String name() {
    return "topology.dangling_centerline";
  }

  @Override
  public List<Finding> check(MapView map) {
    List<Finding> out = new ArrayList<>();
    for (Primitive c : map.ofClass(MapClass.CENTERLINE)) {
      Polyline g = c.geometry();
      Polyline mid = Polylines.resample(g, false, 3);
      Point3 m = mid.point(1);
      double hx = g.x(g.size() - 1) - g.x(0), hy = g.y(g.size() - 1) - g.y(0);
      double len = Math.hypot(hx, hy);
      if (len == 0) {
        continue;
      }
      double nx = -hy / len, ny = hx / len; // left normal
      boolean left = false, right = false;
      var near =
          map.within(
              new dev.mapsmith.core.geom.Bounds2(m.x(), m.y(), m.x(), m.y()).expand(maxHalfWidth));
      for (Primitive p : near) {
        if (p.mapClass() != MapClass.DIVIDER && p.mapClass() != MapClass.BOUNDARY) {
          continue;
        }
        for (int side = -1; side <= 1; side += 2) {
          for (double t = 0.25; t <= maxHalfWidth; t += 0.25) {
            double px = m.x() + side * nx * t, py = m.y() + side * ny * t;
            if (Polylines.distanceTo2d(p.geometry(), px, py) <= 0.25) {
              if (side > 0) {
                left = true;
              } else {
                right = true;
              }
              break;
            }
          }
        }
      }
      if (!left || !right) {
        out.add(
            new Finding(
                name(),
                c.id(),
                m,
                Severity.ERROR,
                "no lane line within "
                    + maxHalfWidth
                    + " m on its "
                    + (!left && !right ? "either side" : !left ? "left" : "right")));
      }
    }
    return out;
  }
}
