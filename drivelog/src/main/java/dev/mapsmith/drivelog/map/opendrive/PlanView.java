package dev.mapsmith.drivelog.map.opendrive;

import java.util.Comparator;
import java.util.List;

/** A road's reference line: its geometries in order of s. Outside them it clamps to the ends. */
public record PlanView(List<PlanGeometry> geometries) {

  public PlanView {
    geometries = geometries.stream().sorted(Comparator.comparingDouble(PlanGeometry::s)).toList();
    if (geometries.isEmpty()) {
      throw new IllegalArgumentException("a plan view needs at least one geometry");
    }
  }

  public CurvePoint at(double s) {
    PlanGeometry g = geometryAt(s);
    return g.at(Math.max(0, Math.min(g.length(), s - g.s())));
  }

  /** The starts of the geometries (where curvature may jump). */
  public List<Double> breaks() {
    return geometries.stream().map(PlanGeometry::s).toList();
  }

  private PlanGeometry geometryAt(double s) {
    int lo = 0, hi = geometries.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) / 2;
      if (geometries.get(mid).s() <= s) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return geometries.get(lo);
  }
}
