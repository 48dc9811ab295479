package dev.mapsmith.labeling.validate;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.labeling.Finding;
import dev.mapsmith.labeling.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code mapping.curvature_too_big}: a lane line bends sharper than {@code maxCurvature} (1/m), the
 * curvature of the circle through three consecutive vertices. Polygons are not checked.
 */
public record CurvatureTooBig(double maxCurvature) implements Validator {

  @Override
  public String name() {
    return "mapping.curvature_too_big";
  }

  @Override
  public List<Finding> check(MapView map) {
    List<Finding> out = new ArrayList<>();
    for (Primitive p : map.primitives()) {
      if (p.closed() || p.mapClass() == MapClass.STOP_LINE) {
        continue;
      }
      Polyline g = p.geometry();
      for (int i = 1; i + 1 < g.size(); i++) {
        double k = curvature(g, i - 1, i, i + 1);
        if (k > maxCurvature) {
          out.add(
              new Finding(
                  name(),
                  p.id(),
                  g.point(i),
                  Severity.WARNING,
                  String.format("curvature %.2f 1/m at vertex %d (radius %.2f m)", k, i, 1 / k)));
          break;
        }
      }
    }
    return out;
  }

  static double curvature(Polyline g, int a, int b, int c) {
    double abx = g.x(b) - g.x(a), aby = g.y(b) - g.y(a);
    double bcx = g.x(c) - g.x(b), bcy = g.y(c) - g.y(b);
    double acx = g.x(c) - g.x(a), acy = g.y(c) - g.y(a);
    double ab = Math.hypot(abx, aby), bc = Math.hypot(bcx, bcy), ac = Math.hypot(acx, acy);
    if (ab == 0 || bc == 0 || ac == 0) {
      return 0;
    }
    return 2 * Math.abs(abx * bcy - aby * bcx) / (ab * bc * ac);
  }
}
