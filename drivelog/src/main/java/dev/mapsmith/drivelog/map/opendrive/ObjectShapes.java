package dev.mapsmith.drivelog.map.opendrive;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Map shapes of road objects: an object's outline in file coordinates, a crosswalk's two bounds
 * (the long sides, across which people walk), and a stop line's centre line.
 */
final class ObjectShapes {

  private ObjectShapes() {}

  /**
   * The outline corners {x, y, z} (a repeated closing corner dropped); without an outline, the
   * rectangle of the object's length (along its heading) and width, centred on it.
   */
  static List<double[]> corners(RoadFrame frame, RoadObject o) {
    List<double[]> out = new ArrayList<>();
    double[] base = frame.point(o.s(), o.t(), o.zOffset());
    double h = frame.heading(o.s()) + o.hdg();
    if (o.outline().isEmpty()) {
      double l = o.length() / 2, w = o.width() / 2;
      if (l > 0 && w > 0) {
        for (double[] uv : new double[][] {{-l, -w}, {l, -w}, {l, w}, {-l, w}}) {
          out.add(local(base, h, uv[0], uv[1], 0));
        }
      }
      return out;
    }
    for (Corner c : o.outline()) {
      out.add(c.road() ? frame.point(c.a(), c.b(), c.z()) : local(base, h, c.a(), c.b(), c.z()));
    }
    if (out.size() > 2 && distance(out.get(0), out.get(out.size() - 1)) < 1e-6) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static double[] local(double[] base, double h, double u, double v, double z) {
    return new double[] {
      base[0] + Math.cos(h) * u - Math.sin(h) * v,
      base[1] + Math.sin(h) * u + Math.cos(h) * v,
      base[2] + z
    };
  }

  /**
   * A crosswalk's left and right bounds: of a four-corner outline the pair of opposite sides that
   * is longer; a line (two corners) widened to a band; more corners, the long sides of the
   * rectangle along the outline's longest side. Empty for fewer than two corners or a triangle.
   */
  static Optional<List<List<double[]>>> crosswalkBounds(List<double[]> c, double band) {
    if (c.size() == 2) {
      double[] d = unit(c.get(0), c.get(1));
      double nx = -d[1] * band / 2, ny = d[0] * band / 2;
      c =
          List.of(
              shift(c.get(0), nx, ny),
              shift(c.get(1), nx, ny),
              shift(c.get(1), -nx, -ny),
              shift(c.get(0), -nx, -ny));
    } else if (c.size() > 4) {
      c = rectangle(c);
    }
    if (c.size() != 4) {
      return Optional.empty();
    }
    double a = distance(c.get(0), c.get(1)) + distance(c.get(3), c.get(2));
    double b = distance(c.get(1), c.get(2)) + distance(c.get(0), c.get(3));
    return Optional.of(
        a >= b
            ? List.of(List.of(c.get(0), c.get(1)), List.of(c.get(3), c.get(2)))
            : List.of(List.of(c.get(1), c.get(2)), List.of(c.get(0), c.get(3))));
  }

  /** A stop line: the long axis of its outline through the outline's centre. */
  static Optional<List<double[]>> stopLine(List<double[]> c) {
    if (c.size() == 2) {
      return Optional.of(c);
    }
    if (c.size() < 3) {
      return Optional.empty();
    }
    List<double[]> r = rectangle(c);
    double[] m0 = middle(r.get(0), r.get(3)), m1 = middle(r.get(1), r.get(2));
    return Optional.of(List.of(m0, m1));
  }

  /** The rectangle around the corners, aligned with their longest side (corners in ring order). */
  static List<double[]> rectangle(List<double[]> c) {
    double[] dir = {1, 0};
    double best = -1;
    for (int i = 0; i < c.size(); i++) {
      double[] p = c.get(i), q = c.get((i + 1) % c.size());
      if (distance(p, q) > best) {
        best = distance(p, q);
        dir = unit(p, q);
      }
    }
    double minU = Double.MAX_VALUE, maxU = -Double.MAX_VALUE;
    double minV = Double.MAX_VALUE, maxV = -Double.MAX_VALUE, z = 0;
    for (double[] p : c) {
      double u = p[0] * dir[0] + p[1] * dir[1], v = -p[0] * dir[1] + p[1] * dir[0];
      minU = Math.min(minU, u);
      maxU = Math.max(maxU, u);
      minV = Math.min(minV, v);
      maxV = Math.max(maxV, v);
      z += p[2] / c.size();
    }
    List<double[]> out = new ArrayList<>();
    for (double[] uv : new double[][] {{minU, minV}, {maxU, minV}, {maxU, maxV}, {minU, maxV}}) {
      out.add(new double[] {uv[0] * dir[0] - uv[1] * dir[1], uv[0] * dir[1] + uv[1] * dir[0], z});
    }
    return out;
  }

  private static double[] unit(double[] a, double[] b) {
    double d = Math.hypot(b[0] - a[0], b[1] - a[1]);
    return d > 0 ? new double[] {(b[0] - a[0]) / d, (b[1] - a[1]) / d} : new double[] {1, 0};
  }

  private static double[] shift(double[] p, double dx, double dy) {
    return new double[] {p[0] + dx, p[1] + dy, p[2]};
  }

  private static double[] middle(double[] a, double[] b) {
    return new double[] {(a[0] + b[0]) / 2, (a[1] + b[1]) / 2, (a[2] + b[2]) / 2};
  }

  static double distance(double[] a, double[] b) {
    return Math.hypot(a[0] - b[0], a[1] - b[1]);
  }
}
