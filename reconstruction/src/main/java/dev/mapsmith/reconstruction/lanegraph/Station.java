package dev.mapsmith.reconstruction.lanegraph;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.geom.Polylines;
import java.util.ArrayList;
import java.util.List;

/**
 * A place on the drive's path where the road is cut across: position and unit heading (the left
 * normal is {@code (-hy, hx)}).
 */
record Station(double x, double y, double z, double hx, double hy) {

  /** Where a point {@code offset} metres to the left (negative: right) of this station is. */
  Point3 across(double offset) {
    return new Point3(x - hy * offset, y + hx * offset, z);
  }

  /** How far {@code p} lies to the left (negative: right) of this station, metres. */
  double offsetOf(Point3 p) {
    return -(p.x() - x) * hy + (p.y() - y) * hx;
  }

  /** The heading, radians. */
  double heading() {
    return Math.atan2(hy, hx);
  }

  /**
   * Stations about every {@code step} metres along {@code path} (in driving order), the path first
   * extended straight on by {@code extend} metres at both ends (the sensors saw that far).
   */
  static List<Station> along(Polyline path, double step, double extend) {
    return along(extended(path, extend), step);
  }

  private static Polyline extended(Polyline p, double extend) {
    int n = p.size();
    if (n < 2 || extend <= 0) {
      return p;
    }
    Point3 a = p.point(0), b = p.point(1), y = p.point(n - 2), z = p.point(n - 1);
    double ab = a.distance2dTo(b), yz = y.distance2dTo(z);
    if (ab < 1e-9 || yz < 1e-9) {
      return p;
    }
    Point3 before =
        new Point3(
            a.x() - (b.x() - a.x()) / ab * extend, a.y() - (b.y() - a.y()) / ab * extend, a.z());
    Point3 after =
        new Point3(
            z.x() + (z.x() - y.x()) / yz * extend, z.y() + (z.y() - y.y()) / yz * extend, z.z());
    return p.withInserted(0, before).withInserted(n + 1, after);
  }

  /** Stations about every {@code step} metres along {@code path} (in driving order). */
  static List<Station> along(Polyline path, double step) {
    double len = Polylines.length2d(path, false);
    List<Station> out = new ArrayList<>();
    if (len < step) {
      return out;
    }
    Polyline r = Polylines.resample(path, false, (int) (len / step) + 1);
    for (int i = 0; i < r.size(); i++) {
      int a = Math.max(0, i - 1), b = Math.min(r.size() - 1, i + 1);
      double dx = r.x(b) - r.x(a), dy = r.y(b) - r.y(a), d = Math.hypot(dx, dy);
      if (d > 1e-9) {
        out.add(new Station(r.x(i), r.y(i), r.z(i), dx / d, dy / d));
      }
    }
    return out;
  }
}
