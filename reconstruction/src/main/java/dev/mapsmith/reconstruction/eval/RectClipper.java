package dev.mapsmith.reconstruction.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Clips 2D polylines and polygons to the axis-aligned rectangle [-hx, hx] × [-hy, hy]. Points are
 * packed x0,y0,x1,y1,...; a polyline can come back in several pieces, a polygon as one ring.
 */
final class RectClipper {

  private final double hx;
  private final double hy;

  RectClipper(double hx, double hy) {
    this.hx = hx;
    this.hy = hy;
  }

  /** The parts of an open polyline inside the rectangle (Liang–Barsky per segment). */
  List<double[]> clipLine(double[] xy) {
    List<double[]> pieces = new ArrayList<>();
    PointList current = new PointList();
    for (int i = 0; i + 3 < xy.length; i += 2) {
      double[] seg = clipSegment(xy[i], xy[i + 1], xy[i + 2], xy[i + 3]);
      if (seg == null) {
        current.flushTo(pieces);
        continue;
      }
      if (!current.endsAt(seg[0], seg[1])) {
        current.flushTo(pieces);
        current.add(seg[0], seg[1]);
      }
      current.add(seg[2], seg[3]);
      boolean leaves = seg[2] != xy[i + 2] || seg[3] != xy[i + 3];
      if (leaves) {
        current.flushTo(pieces);
      }
    }
    current.flushTo(pieces);
    return pieces;
  }

  /** The part of a polygon inside the rectangle (Sutherland–Hodgman); empty when none. */
  double[] clipRing(double[] xy) {
    double[] ring = xy;
    ring = clipHalf(ring, 0, -1, hx);
    ring = clipHalf(ring, 0, 1, hx);
    ring = clipHalf(ring, 1, -1, hy);
    ring = clipHalf(ring, 1, 1, hy);
    return ring;
  }

  /** Keeps points with sign·coord ≤ limit along axis {@code axis}. */
  private static double[] clipHalf(double[] ring, int axis, int sign, double limit) {
    int n = ring.length / 2;
    PointList out = new PointList();
    for (int i = 0; i < n; i++) {
      int j = (i + 1) % n;
      double ax = ring[2 * i], ay = ring[2 * i + 1], bx = ring[2 * j], by = ring[2 * j + 1];
      double da = sign * (axis == 0 ? ax : ay) - limit;
      double db = sign * (axis == 0 ? bx : by) - limit;
      if (da <= 0) {
        out.add(ax, ay);
      }
      if ((da < 0 && db > 0) || (da > 0 && db < 0)) {
        double t = da / (da - db);
        out.add(ax + t * (bx - ax), ay + t * (by - ay));
      }
    }
    return out.toArray();
  }

  private double[] clipSegment(double x0, double y0, double x1, double y1) {
    double dx = x1 - x0, dy = y1 - y0;
    double[] p = {-dx, dx, -dy, dy};
    double[] q = {x0 + hx, hx - x0, y0 + hy, hy - y0};
    double t0 = 0, t1 = 1;
    for (int k = 0; k < 4; k++) {
      if (p[k] == 0) {
        if (q[k] < 0) {
          return null;
        }
      } else {
        double r = q[k] / p[k];
        if (p[k] < 0) {
          t0 = Math.max(t0, r);
        } else {
          t1 = Math.min(t1, r);
        }
      }
    }
    if (t0 > t1) {
      return null;
    }
    return new double[] {
      t0 == 0 ? x0 : x0 + t0 * dx,
      t0 == 0 ? y0 : y0 + t0 * dy,
      t1 == 1 ? x1 : x0 + t1 * dx,
      t1 == 1 ? y1 : y0 + t1 * dy
    };
  }

  /** A growable list of 2D points. */
  private static final class PointList {
    private double[] data = new double[16];
    private int size;

    void add(double x, double y) {
      if (size + 2 > data.length) {
        data = java.util.Arrays.copyOf(data, data.length * 2);
      }
      data[size++] = x;
      data[size++] = y;
    }

    boolean endsAt(double x, double y) {
      return size >= 2 && data[size - 2] == x && data[size - 1] == y;
    }

    double[] toArray() {
      return java.util.Arrays.copyOf(data, size);
    }

    void flushTo(List<double[]> pieces) {
      if (size >= 4) {
        pieces.add(toArray());
      }
      size = 0;
    }
  }
}
