package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.model.LidarTile;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.raster.PaintRidge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lidar tiles built so far, per drive (a drive's key names its frame too) and tile; the least
 * recently built go first when more than {@code capacity} are held. A tile built without points is
 * held as empty, so that it is not built again.
 */
final class LidarTiles {

  record Key(String drive, long tx, long ty) {}

  private final int capacity;
  private final Map<Key, LidarTile> tiles;

  LidarTiles(int capacity) {
    this.capacity = capacity;
    this.tiles =
        new LinkedHashMap<>(16, 0.75f, false) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, LidarTile> eldest) {
            return size() > LidarTiles.this.capacity;
          }
        };
  }

  private static long first(double v) {
    return (long) Math.floor(v / LidarTile.METRES);
  }

  /** How many tiles {@code area} meets. */
  static long count(Bounds2 area) {
    return (first(area.maxX()) - first(area.minX()) + 1)
        * (first(area.maxY()) - first(area.minY()) + 1);
  }

  /** The tiles of {@code area} not built for {@code drive}. */
  List<Key> missing(String drive, Bounds2 area) {
    List<Key> out = new ArrayList<>();
    for (long tx = first(area.minX()); tx <= first(area.maxX()); tx++) {
      for (long ty = first(area.minY()); ty <= first(area.maxY()); ty++) {
        Key k = new Key(drive, tx, ty);
        if (!tiles.containsKey(k)) {
          out.add(k);
        }
      }
    }
    return out;
  }

  /** The area that {@code keys} cover, a centimetre inside their outer edges. */
  static Bounds2 cover(List<Key> keys) {
    Bounds2 b = Bounds2.EMPTY;
    for (Key k : keys) {
      b =
          b.union(
              new Bounds2(
                  k.tx() * LidarTile.METRES,
                  k.ty() * LidarTile.METRES,
                  (k.tx() + 1) * LidarTile.METRES,
                  (k.ty() + 1) * LidarTile.METRES));
    }
    return b.expand(-0.01);
  }

  /** Holds the {@code built} tiles of {@code asked}; the asked tiles not built are empty. */
  void put(String drive, List<Key> asked, List<LidarTile> built) {
    Set<Key> found = new HashSet<>();
    for (LidarTile t : built) {
      Key k = new Key(drive, t.tx(), t.ty());
      tiles.put(k, t);
      found.add(k);
    }
    for (Key k : asked) {
      if (!found.contains(k)) {
        tiles.put(k, LidarTile.empty(k.tx(), k.ty()));
      }
    }
  }

  /** The built tiles of {@code drive} with points that meet {@code area}. */
  List<LidarTile> within(String drive, Bounds2 area) {
    List<LidarTile> out = new ArrayList<>();
    if (count(area) > tiles.size()) { // a wide window: look through what is held instead
      for (Map.Entry<Key, LidarTile> e : tiles.entrySet()) {
        LidarTile t = e.getValue();
        if (e.getKey().drive().equals(drive)
            && !t.isEmpty()
            && area.intersects(
                new Bounds2(
                    t.minX(),
                    t.minY(),
                    t.minX() + LidarTile.METRES,
                    t.minY() + LidarTile.METRES))) {
          out.add(t);
        }
      }
      return out;
    }
    for (long tx = first(area.minX()); tx <= first(area.maxX()); tx++) {
      for (long ty = first(area.minY()); ty <= first(area.maxY()); ty++) {
        LidarTile t = tiles.get(new Key(drive, tx, ty));
        if (t != null && !t.isEmpty()) {
          out.add(t);
        }
      }
    }
    return out;
  }

  int size() {
    return tiles.size();
  }

  /**
   * Channel {@code c} of {@code drive}'s tiles as a field over the ground, bilinear between cell
   * centres across tile edges; NaN where no tile is built (the channel's lowest value in a built
   * tile without points: no intensity, as in the training set).
   */
  PaintRidge.Field field(String drive, int c) {
    double res = LidarTile.METRES / LidarTile.SIZE;
    return (x, y) -> {
      double fx = x / res - 0.5, fy = y / res - 0.5;
      long c0 = (long) Math.floor(fx), r0 = (long) Math.floor(fy);
      double ax = fx - c0, ay = fy - r0;
      float v00 = cell(drive, c, c0, r0), v10 = cell(drive, c, c0 + 1, r0);
      float v01 = cell(drive, c, c0, r0 + 1), v11 = cell(drive, c, c0 + 1, r0 + 1);
      return (float) ((1 - ay) * ((1 - ax) * v00 + ax * v10) + ay * ((1 - ax) * v01 + ax * v11));
    };
  }

  /** Channel {@code c} at the global cell (col, row), row 0 the southern-most; NaN when unbuilt. */
  private float cell(String drive, int c, long col, long row) {
    int n = LidarTile.SIZE;
    LidarTile t = tiles.get(new Key(drive, Math.floorDiv(col, n), Math.floorDiv(row, n)));
    if (t == null) {
      return Float.NaN;
    }
    return t.value(c, (int) Math.floorMod(col, n), n - 1 - (int) Math.floorMod(row, n));
  }
}
