package dev.mapsmith.core.geom;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable sequence of 3D vertices, stored packed as x0,y0,z0,x1,... A polygon is a polyline
 * whose owner says it is closed; the last vertex then does not repeat the first.
 */
public final class Polyline {

  private final double[] xyz;

  private Polyline(double[] xyz) {
    this.xyz = xyz;
  }

  /** Copies packed coordinates; their count must be a multiple of three and finite. */
  public static Polyline of(double... xyz) {
    if (xyz.length % 3 != 0) {
      throw new IllegalArgumentException("packed coordinates must come in threes: " + xyz.length);
    }
    for (double v : xyz) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("polyline coordinate is not finite: " + v);
      }
    }
    return new Polyline(xyz.clone());
  }

  public static Polyline of(List<Point3> points) {
    double[] xyz = new double[points.size() * 3];
    for (int i = 0; i < points.size(); i++) {
      Point3 p = points.get(i);
      xyz[3 * i] = p.x();
      xyz[3 * i + 1] = p.y();
      xyz[3 * i + 2] = p.z();
    }
    return of(xyz);
  }

  public int size() {
    return xyz.length / 3;
  }

  public double x(int i) {
    return xyz[3 * i];
  }

  public double y(int i) {
    return xyz[3 * i + 1];
  }

  public double z(int i) {
    return xyz[3 * i + 2];
  }

  public Point3 point(int i) {
    return new Point3(x(i), y(i), z(i));
  }

  /** A copy of the packed coordinates. */
  public double[] toArray() {
    return xyz.clone();
  }

  public Bounds2 bounds() {
    Bounds2 b = Bounds2.EMPTY;
    for (int i = 0; i < size(); i++) {
      b = b.include(x(i), y(i));
    }
    return b;
  }

  /**
   * The vertex of this polyline nearest to {@code other} in plan view (x, y) and its distance to
   * {@code other}'s segments; null when either is empty.
   */
  public Nearest nearestTo(Polyline other) {
    Nearest best = null;
    for (int i = 0; i < size(); i++) {
      double d = Polylines.distanceTo2d(other, x(i), y(i));
      if (best == null || d < best.distance()) {
        best = new Nearest(i, d);
      }
    }
    return best;
  }

  /** A vertex of one polyline and its plan-view distance to another. */
  public record Nearest(int vertex, double distance) {}

  /** This polyline with vertex {@code i} replaced. */
  public Polyline withVertex(int i, Point3 p) {
    double[] copy = xyz.clone();
    copy[3 * i] = p.x();
    copy[3 * i + 1] = p.y();
    copy[3 * i + 2] = p.z();
    return new Polyline(copy);
  }

  /** This polyline with {@code p} inserted so that it becomes vertex {@code i}. */
  public Polyline withInserted(int i, Point3 p) {
    double[] copy = new double[xyz.length + 3];
    System.arraycopy(xyz, 0, copy, 0, 3 * i);
    copy[3 * i] = p.x();
    copy[3 * i + 1] = p.y();
    copy[3 * i + 2] = p.z();
    System.arraycopy(xyz, 3 * i, copy, 3 * i + 3, xyz.length - 3 * i);
    return new Polyline(copy);
  }

  /** This polyline without vertex {@code i}. */
  public Polyline withoutVertex(int i) {
    double[] copy = new double[xyz.length - 3];
    System.arraycopy(xyz, 0, copy, 0, 3 * i);
    System.arraycopy(xyz, 3 * i + 3, copy, 3 * i, xyz.length - 3 * i - 3);
    return new Polyline(copy);
  }

  /** Vertices {@code from} (inclusive) to {@code to} (exclusive). */
  public Polyline slice(int from, int to) {
    return new Polyline(Arrays.copyOfRange(xyz, 3 * from, 3 * to));
  }

  public Polyline reversed() {
    double[] copy = new double[xyz.length];
    int n = size();
    for (int i = 0; i < n; i++) {
      System.arraycopy(xyz, 3 * (n - 1 - i), copy, 3 * i, 3);
    }
    return new Polyline(copy);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Polyline p && Arrays.equals(xyz, p.xyz);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(xyz);
  }

  @Override
  public String toString() {
    return "Polyline[" + size() + " vertices]";
  }
}
