package dev.mapsmith.app.viewmodel;

import dev.mapsmith.core.geom.Bounds2;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Ids by the square cells their bounds touch, so that what lies in a window is found without a
 * scan; added to and removed from one id at a time.
 */
final class GridIndex {

  private final double cell;
  private final Map<Long, Set<Long>> cells = new HashMap<>();

  GridIndex(double cellMetres) {
    this.cell = cellMetres;
  }

  void add(long id, Bounds2 b) {
    forCells(b, key -> cells.computeIfAbsent(key, k -> new HashSet<>()).add(id));
  }

  void remove(long id, Bounds2 b) {
    forCells(
        b,
        key -> {
          Set<Long> ids = cells.get(key);
          if (ids != null && ids.remove(id) && ids.isEmpty()) {
            cells.remove(key);
          }
        });
  }

  void clear() {
    cells.clear();
  }

  /** The ids whose cells touch {@code b} (a superset of those whose bounds intersect it). */
  Set<Long> near(Bounds2 b) {
    Set<Long> out = new HashSet<>();
    long cellsInWindow = (span(b.minX(), b.maxX()) + 1) * (span(b.minY(), b.maxY()) + 1);
    if (cellsInWindow > cells.size()) { // a window wider than the map: visit the filled cells
      for (var e : cells.entrySet()) {
        if (cellBounds(e.getKey()).intersects(b)) {
          out.addAll(e.getValue());
        }
      }
      return out;
    }
    forCells(
        b,
        key -> {
          Set<Long> ids = cells.get(key);
          if (ids != null) {
            out.addAll(ids);
          }
        });
    return out;
  }

  private long span(double min, double max) {
    return (long) Math.floor(max / cell) - (long) Math.floor(min / cell);
  }

  private void forCells(Bounds2 b, java.util.function.LongConsumer action) {
    int x0 = (int) Math.floor(b.minX() / cell), x1 = (int) Math.floor(b.maxX() / cell);
    int y0 = (int) Math.floor(b.minY() / cell), y1 = (int) Math.floor(b.maxY() / cell);
    for (int x = x0; x <= x1; x++) {
      for (int y = y0; y <= y1; y++) {
        action.accept(key(x, y));
      }
    }
  }

  private static long key(int x, int y) {
    return ((long) x << 32) | (y & 0xffffffffL);
  }

  private Bounds2 cellBounds(long key) {
    int x = (int) (key >> 32), y = (int) key;
    return new Bounds2(x * cell, y * cell, (x + 1) * cell, (y + 1) * cell);
  }
}
