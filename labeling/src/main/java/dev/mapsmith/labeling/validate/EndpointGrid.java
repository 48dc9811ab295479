package dev.mapsmith.labeling.validate;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.Primitive;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Line end points in a hash grid, for finding the nearest end of another line. */
final class EndpointGrid {

  private record End(long id, Point3 p) {}

  private final double cell;
  private final Map<Long, List<End>> cells = new HashMap<>();

  EndpointGrid(double cell) {
    this.cell = cell;
  }

  static List<Point3> ends(Primitive p) {
    return List.of(p.geometry().point(0), p.geometry().point(p.geometry().size() - 1));
  }

  void add(Primitive p) {
    for (Point3 e : ends(p)) {
      cells
          .computeIfAbsent(key(cx(e.x()), cx(e.y())), k -> new ArrayList<>())
          .add(new End(p.id(), e));
    }
  }

  /** Ground distance to the nearest end of a different primitive within one cell; else infinity. */
  double nearestOtherEnd(long id, Point3 at) {
    double best = Double.POSITIVE_INFINITY;
    long ix = cx(at.x()), iy = cx(at.y());
    for (long dx = -1; dx <= 1; dx++) {
      for (long dy = -1; dy <= 1; dy++) {
        for (End e : cells.getOrDefault(key(ix + dx, iy + dy), List.of())) {
          if (e.id() != id) {
            best = Math.min(best, e.p().distance2dTo(at));
          }
        }
      }
    }
    return best;
  }

  private long cx(double v) {
    return (long) Math.floor(v / cell);
  }

  private static long key(long x, long y) {
    return x * 73856093L ^ y * 19349663L;
  }
}
