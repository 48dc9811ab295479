package dev.mapsmith.labeling.validate;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.labeling.Finding;
import dev.mapsmith.labeling.Severity;
import java.util.ArrayList;
import java.util.List;

/** {@code mapping.self_intersection}: two non-adjacent segments of one primitive cross. */
public final class SelfIntersection implements Validator {

  @Override
  public String name() {
    return "mapping.self_intersection";
  }

  @Override
  public List<Finding> check(MapView map) {
    List<Finding> out = new ArrayList<>();
    for (Primitive p : map.primitives()) {
      Polyline g = p.geometry();
      int n = g.size();
      int segments = p.closed() ? n : n - 1;
      search:
      for (int i = 0; i < segments; i++) {
        for (int j = i + 2; j < segments; j++) {
          if (p.closed() && i == 0 && j == segments - 1) {
            continue; // the closing edge touches the first one
          }
          Point3 hit = cross(g, i, (i + 1) % n, j, (j + 1) % n);
          if (hit != null) {
            out.add(
                new Finding(
                    name(), p.id(), hit, Severity.ERROR, "segments " + i + " and " + j + " cross"));
            break search;
          }
        }
      }
    }
    return out;
  }

  private static Point3 cross(Polyline g, int a0, int a1, int b0, int b1) {
    double px = g.x(a0), py = g.y(a0), rx = g.x(a1) - px, ry = g.y(a1) - py;
    double qx = g.x(b0), qy = g.y(b0), sx = g.x(b1) - qx, sy = g.y(b1) - qy;
    double denom = rx * sy - ry * sx;
    if (denom == 0) {
      return null;
    }
    double t = ((qx - px) * sy - (qy - py) * sx) / denom;
    double u = ((qx - px) * ry - (qy - py) * rx) / denom;
    if (t < 0 || t > 1 || u < 0 || u > 1) {
      return null;
    }
    return new Point3(px + t * rx, py + t * ry, g.z(a0) + t * (g.z(a1) - g.z(a0)));
  }
}
