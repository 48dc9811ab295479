package dev.mapsmith.labeling.validate;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.geom.Polylines;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.LaneRelation;
import dev.mapsmith.core.lanelet.Lanelet;
import dev.mapsmith.core.lanelet.LaneletGeometry;
import dev.mapsmith.labeling.Finding;
import dev.mapsmith.labeling.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code topology.overlapping_lanelets}: two lanes cover the same road, as a stretch built twice
 * does: at least {@code minLength} metres of one lanelet's centerline lie inside the other's area
 * (between its bounds). Lanelets that may share road are left out: successors (either way), those
 * in conflict (crossing in a junction), and lanes that split or merge (they start, or end, together
 * within {@code join}). Neighbours share a bound and do not overlap. A warning on the later lanelet
 * (higher id), at the overlap.
 */
public record OverlappingLanelets(double minLength, double join) implements LaneValidator {

  /** Centerlines are walked in steps of this many metres. */
  private static final double STEP_M = 0.5;

  @Override
  public String name() {
    return "topology.overlapping_lanelets";
  }

  private record Shape(Lanelet l, Polyline left, Polyline right, Polyline centre) {}

  @Override
  public List<Finding> check(LaneGraph g) {
    List<Shape> shapes = new ArrayList<>();
    for (Lanelet l : g.lanelets()) {
      if (!l.crosswalk()) {
        Polyline left = LaneletGeometry.left(g, l), right = LaneletGeometry.right(g, l);
        shapes.add(new Shape(l, left, right, LaneletGeometry.centerline(left, right)));
      }
    }
    Set<List<Long>> related = new HashSet<>();
    for (LaneRelation r : g.relations()) {
      if (r.kind() == LaneRelation.Kind.SUCCESSOR || r.kind() == LaneRelation.Kind.CONFLICTING) {
        related.add(List.of(Math.min(r.from(), r.to()), Math.max(r.from(), r.to())));
      }
    }
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < shapes.size(); i++) {
      for (int j = i + 1; j < shapes.size(); j++) {
        Shape a = shapes.get(i), b = shapes.get(j);
        long lo = Math.min(a.l.id(), b.l.id()), hi = Math.max(a.l.id(), b.l.id());
        if (!a.centre.bounds().intersects(b.centre.bounds().expand(5))
            || related.contains(List.of(lo, hi))
            || together(a, b)) {
          continue;
        }
        Shape later = a.l.id() == hi ? a : b, earlier = later == a ? b : a;
        double[] inside = inside(later.centre, earlier);
        double[] other = inside(earlier.centre, later);
        double len = Math.max(inside[0], other[0]);
        if (len >= minLength) {
          double[] at = inside[0] >= other[0] ? inside : other;
          out.add(
              new Finding(
                  name(),
                  hi,
                  new dev.mapsmith.core.geom.Point3(at[1], at[2], 0),
                  Severity.WARNING,
                  String.format(
                      Locale.ROOT, "lanelet %d overlaps lanelet %d for %.1f m", hi, lo, len)));
        }
      }
    }
    return out;
  }

  private boolean together(Shape a, Shape b) {
    int an = a.centre.size() - 1, bn = b.centre.size() - 1;
    return LaneletGeometry.dist(a.centre, 0, b.centre, 0) < join
        || LaneletGeometry.dist(a.centre, an, b.centre, bn) < join;
  }

  /** Metres of {@code centre} inside {@code s}'s area, and the first such point (x, y). */
  private static double[] inside(Polyline centre, Shape s) {
    double len = Polylines.length2d(centre, false);
    int n = (int) Math.max(2, Math.ceil(len / STEP_M) + 1);
    Polyline c = Polylines.resample(centre, false, n);
    double step = len / (n - 1), metres = 0, fx = 0, fy = 0;
    for (int i = 0; i < n; i++) {
      if (contains(s, c.x(i), c.y(i))) {
        if (metres == 0) {
          fx = c.x(i);
          fy = c.y(i);
        }
        metres += step;
      }
    }
    return new double[] {metres, fx, fy};
  }

  /** Even-odd test against the ring left bound, then right bound backwards. */
  private static boolean contains(Shape s, double x, double y) {
    int n = s.left.size() + s.right.size();
    boolean in = false;
    for (int i = 0, j = n - 1; i < n; j = i++) {
      double xi = ringX(s, i), yi = ringY(s, i), xj = ringX(s, j), yj = ringY(s, j);
      if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
        in = !in;
      }
    }
    return in;
  }

  private static double ringX(Shape s, int k) {
    int m = s.left.size();
    return k < m ? s.left.x(k) : s.right.x(s.right.size() - 1 - (k - m));
  }

  private static double ringY(Shape s, int k) {
    int m = s.left.size();
    return k < m ? s.left.y(k) : s.right.y(s.right.size() - 1 - (k - m));
  }
}
