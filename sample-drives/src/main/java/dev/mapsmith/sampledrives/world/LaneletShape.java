package dev.mapsmith.sampledrives.world;

import dev.mapsmith.drivelog.map.osm.OsmDocument;
import dev.mapsmith.drivelog.map.osm.OsmRelation;
import java.util.ArrayList;
import java.util.List;

/**
 * A lanelet's geometry in its driving direction: left and right bounds as {x, y} points, both
 * running the same way, and the centreline. The direction is the right bound's, unless that puts
 * the left bound on the right, in which case both are reversed (a shared centre line may run
 * against a lanelet, as Lanelet2 allows).
 */
public record LaneletShape(
    long id, List<double[]> left, List<double[]> right, List<double[]> centre) {

  public static LaneletShape of(OsmDocument map, OsmRelation lanelet) {
    List<double[]> left = points(map, member(lanelet, "left"));
    List<double[]> right = points(map, member(lanelet, "right"));
    if (!leftOf(right, left)) {
      right = reversed(right);
    }
    double[] r0 = right.get(0), l0 = left.get(0), l1 = left.get(left.size() - 1);
    if (dist(r0, l1) < dist(r0, l0)) {
      left = reversed(left);
    }
    return new LaneletShape(lanelet.id(), left, right, centreline(left, right));
  }

  public double length() {
    double sum = 0;
    for (int i = 1; i < centre.size(); i++) {
      sum += dist(centre.get(i - 1), centre.get(i));
    }
    return sum;
  }

  public double[] start() {
    return centre.get(0);
  }

  public double[] end() {
    return centre.get(centre.size() - 1);
  }

  /** The closed outline: left bound forward, right bound back. */
  public List<double[]> outline() {
    List<double[]> ring = new ArrayList<>(left);
    ring.addAll(reversed(right));
    return ring;
  }

  static long member(OsmRelation r, String role) {
    return r.members().stream().filter(m -> m.role().equals(role)).findFirst().orElseThrow().ref();
  }

  static List<double[]> points(OsmDocument map, long wayId) {
    return MapPoints.points(map, map.way(wayId).orElseThrow());
  }

  /** Whether {@code other} lies left of {@code line}, judged locally at the line's middle. */
  private static boolean leftOf(List<double[]> line, List<double[]> other) {
    int m = Math.min(line.size() - 2, line.size() / 2);
    double[] a = line.get(m), b = line.get(m + 1);
    double[] near = other.get(0);
    for (double[] p : other) {
      if (dist(p, a) < dist(near, a)) {
        near = p;
      }
    }
    return (b[0] - a[0]) * (near[1] - a[1]) - (b[1] - a[1]) * (near[0] - a[0]) > 0;
  }

  static List<double[]> reversed(List<double[]> pts) {
    List<double[]> r = new ArrayList<>(pts);
    java.util.Collections.reverse(r);
    return r;
  }

  static double dist(double[] a, double[] b) {
    return Math.hypot(a[0] - b[0], a[1] - b[1]);
  }

  private static List<double[]> centreline(List<double[]> left, List<double[]> right) {
    double len = Math.max(length(left), length(right));
    int n = Math.max(2, (int) Math.ceil(len / 0.5) + 1);
    List<double[]> l = resample(left, n), r = resample(right, n);
    List<double[]> c = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      c.add(new double[] {(l.get(i)[0] + r.get(i)[0]) / 2, (l.get(i)[1] + r.get(i)[1]) / 2});
    }
    return c;
  }

  static double length(List<double[]> pts) {
    double sum = 0;
    for (int i = 1; i < pts.size(); i++) {
      sum += dist(pts.get(i - 1), pts.get(i));
    }
    return sum;
  }

  /** {@code n} points evenly spaced along the polyline. */
  static List<double[]> resample(List<double[]> pts, int n) {
    double total = length(pts);
    List<double[]> out = new ArrayList<>(n);
    int seg = 0;
    double acc = 0;
    for (int k = 0; k < n; k++) {
      double target = total * k / (n - 1);
      while (seg < pts.size() - 2 && acc + dist(pts.get(seg), pts.get(seg + 1)) < target) {
        acc += dist(pts.get(seg), pts.get(seg + 1));
        seg++;
      }
      double[] a = pts.get(seg), b = pts.get(Math.min(seg + 1, pts.size() - 1));
      double d = dist(a, b);
      double t = d > 0 ? Math.max(0, Math.min(1, (target - acc) / d)) : 0;
      out.add(new double[] {a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])});
    }
    return out;
  }
}
