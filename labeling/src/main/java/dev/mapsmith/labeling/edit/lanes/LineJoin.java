package dev.mapsmith.labeling.edit.lanes;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.lanelet.BoundRef;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.LineString;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The line pairs of a merge: each pair becomes one line that keeps the first line's id and vertex
 * order; the second line's vertices are joined on at the nearer ends (turned round where they run
 * the other way) and the second line is dropped. A bound on a dropped line moves to the kept one.
 */
final class LineJoin {

  private final LaneGraph g;
  private final double maxGap;
  private final Map<Long, Long> keptOf = new HashMap<>(); // dropped line -> kept line
  private final Map<Long, Long> droppedOf = new HashMap<>(); // kept line -> dropped line
  private final Map<Long, Boolean> flipped = new HashMap<>(); // dropped line -> turned round
  private final Map<Long, Polyline> joined = new HashMap<>(); // kept line -> joined geometry

  LineJoin(LaneGraph g, double maxGap) {
    this.g = g;
    this.maxGap = maxGap;
  }

  /** Joins {@code second} onto {@code first} (the bound lines of lanelets {@code p}, {@code q}). */
  void pair(long first, long second, long p, long q) {
    if (first == second) {
      throw new IllegalArgumentException(
          "lanelets " + p + " and " + q + " are bounded by the same line " + first);
    }
    if (Long.valueOf(second).equals(droppedOf.get(first))
        || Long.valueOf(first).equals(droppedOf.get(second))) {
      return; // paired already, from the other lanelet on the same lines
    }
    if (keptOf.containsKey(first)
        || keptOf.containsKey(second)
        || droppedOf.containsKey(first)
        || droppedOf.containsKey(second)) {
      throw new IllegalArgumentException(
          "line "
              + first
              + " or "
              + second
              + " would be joined to two lines; merge fewer lanelets");
    }
    Polyline a = g.line(first).orElseThrow().geometry();
    Polyline b = g.line(second).orElseThrow().geometry();
    int an = a.size() - 1, bn = b.size() - 1;
    double endStart = a.point(an).distance2dTo(b.point(0));
    double endEnd = a.point(an).distance2dTo(b.point(bn));
    double startEnd = a.point(0).distance2dTo(b.point(bn));
    double startStart = a.point(0).distance2dTo(b.point(0));
    double best = Math.min(Math.min(endStart, endEnd), Math.min(startEnd, startStart));
    if (best > maxGap) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "lines %d and %d of lanelets %d and %d are %.1f m apart; they do not meet",
              first,
              second,
              p,
              q,
              best));
    }
    boolean flip = best == endEnd || best == startStart;
    Polyline bb = flip ? b.reversed() : b;
    Polyline out = best == endStart || best == endEnd ? concat(a, bb) : concat(bb, a);
    keptOf.put(second, first);
    droppedOf.put(first, second);
    flipped.put(second, flip);
    joined.put(first, out);
  }

  private static Polyline concat(Polyline head, Polyline tail) {
    List<Point3> pts = new ArrayList<>(head.size() + tail.size());
    for (int i = 0; i < head.size(); i++) {
      pts.add(head.point(i));
    }
    int skip = head.point(head.size() - 1).distance2dTo(tail.point(0)) < 1e-3 ? 1 : 0;
    for (int i = skip; i < tail.size(); i++) {
      pts.add(tail.point(i));
    }
    return Polyline.of(pts);
  }

  boolean dropped(long lineId) {
    return keptOf.containsKey(lineId);
  }

  /** {@code l}, or the joined line where it is a kept one. */
  LineString joined(LineString l) {
    Polyline p = joined.get(l.id());
    return p == null ? l : new LineString(l.id(), p, l.attributes());
  }

  /** A bound moved onto the kept line, turned where its line was turned round to join. */
  BoundRef bound(BoundRef b) {
    Long kept = keptOf.get(b.lineId());
    if (kept == null) {
      return b;
    }
    return new BoundRef(kept, b.inverted() != flipped.get(b.lineId()));
  }
}
