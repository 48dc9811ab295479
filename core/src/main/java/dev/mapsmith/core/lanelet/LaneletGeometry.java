package dev.mapsmith.core.lanelet;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.geom.Polylines;
import java.util.ArrayList;
import java.util.List;

/** Free functions on the shape of lanelets; ground plane unless a name says otherwise. */
public final class LaneletGeometry {

  /** Centerlines get about one vertex per this many metres of the longer bound. */
  private static final double CENTERLINE_STEP_M = 1.0;

  private static final int MAX_CENTERLINE_POINTS = 2000;

  private LaneletGeometry() {}

  /** The bound's line in the lanelet's direction. */
  public static Polyline oriented(LaneGraph g, BoundRef b) {
    Polyline p = g.line(b.lineId()).orElseThrow().geometry();
    return b.inverted() ? p.reversed() : p;
  }

  public static Polyline left(LaneGraph g, Lanelet l) {
    return oriented(g, l.left());
  }

  public static Polyline right(LaneGraph g, Lanelet l) {
    return oriented(g, l.right());
  }

  /** The lanelet's centerline, from its start to its end. */
  public static Polyline centerline(LaneGraph g, Lanelet l) {
    return centerline(left(g, l), right(g, l));
  }

  /**
   * The line midway between two bounds that run the same way: both resampled evenly by length to
   * the same count, vertex by vertex averaged.
   */
  public static Polyline centerline(Polyline left, Polyline right) {
    double len = Math.max(Polylines.length2d(left, false), Polylines.length2d(right, false));
    int n = (int) Math.min(MAX_CENTERLINE_POINTS, Math.max(2, Math.ceil(len / CENTERLINE_STEP_M)));
    Polyline a = Polylines.resample(left, false, n), b = Polylines.resample(right, false, n);
    List<Point3> mid = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      mid.add(new Point3((a.x(i) + b.x(i)) / 2, (a.y(i) + b.y(i)) / 2, (a.z(i) + b.z(i)) / 2));
    }
    return Polyline.of(mid);
  }

  /** Whether two lines run the same way: their starts are nearer each other than crosswise. */
  public static boolean runSameWay(Polyline a, Polyline b) {
    int an = a.size() - 1, bn = b.size() - 1;
    double along = dist(a, 0, b, 0) + dist(a, an, b, bn);
    double across = dist(a, 0, b, bn) + dist(a, an, b, 0);
    return along <= across;
  }

  /**
   * Whether {@code left} lies to the left of {@code right} when driving along them (both in the
   * lanelet's direction): summed over the centerline, the crossing of the driving direction with
   * the right-to-left vector is positive.
   */
  public static boolean leftLiesLeft(Polyline left, Polyline right) {
    double len = Math.max(Polylines.length2d(left, false), Polylines.length2d(right, false));
    int n = (int) Math.min(200, Math.max(3, Math.ceil(len / CENTERLINE_STEP_M)));
    Polyline a = Polylines.resample(left, false, n), b = Polylines.resample(right, false, n);
    double sum = 0;
    for (int i = 0; i + 1 < n; i++) {
      double dx = (a.x(i + 1) + b.x(i + 1) - a.x(i) - b.x(i)) / 2;
      double dy = (a.y(i + 1) + b.y(i + 1) - a.y(i) - b.y(i)) / 2;
      double lx = a.x(i) - b.x(i), ly = a.y(i) - b.y(i);
      sum += dx * ly - dy * lx;
    }
    return sum > 0;
  }

  /** Ground-plane distance between vertex i of {@code a} and vertex j of {@code b}. */
  public static double dist(Polyline a, int i, Polyline b, int j) {
    return Math.hypot(a.x(i) - b.x(j), a.y(i) - b.y(j));
  }

  /** Whether two polylines cross or touch in the ground plane. */
  public static boolean intersect(Polyline a, Polyline b) {
    if (!a.bounds().intersects(b.bounds())) {
      return false;
    }
    for (int i = 0; i + 1 < a.size(); i++) {
      for (int j = 0; j + 1 < b.size(); j++) {
        if (segmentsCross(a, i, b, j)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean segmentsCross(Polyline a, int i, Polyline b, int j) {
    double d1 = cross(b, j, a.x(i), a.y(i)), d2 = cross(b, j, a.x(i + 1), a.y(i + 1));
    double d3 = cross(a, i, b.x(j), b.y(j)), d4 = cross(a, i, b.x(j + 1), b.y(j + 1));
    return d1 * d2 <= 0 && d3 * d4 <= 0 && !(d1 == 0 && d2 == 0);
  }

  private static double cross(Polyline p, int i, double x, double y) {
    return (p.x(i + 1) - p.x(i)) * (y - p.y(i)) - (p.y(i + 1) - p.y(i)) * (x - p.x(i));
  }
}
