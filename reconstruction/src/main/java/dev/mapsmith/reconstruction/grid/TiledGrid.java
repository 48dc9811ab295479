package dev.mapsmith.reconstruction.grid;

import dev.mapsmith.core.geom.Bounds2;
import java.util.HashMap;
import java.util.Map;

/**
 * A sparse bird's-eye-view accumulator of ground points: tiles of 128 × 128 cells are allocated
 * where points fall, so memory follows the area driven over, not the point count or the bounding
 * box. Per cell it keeps the count, the sum of normalised intensity and the sum of height relative
 * to {@code zRef}.
 */
public final class TiledGrid {

  static final int SHIFT = 7;
  static final int SIZE = 1 << SHIFT;
  private static final int MASK = SIZE - 1;

  private final double resolution;
  private final double inv;
  private final float zRef;
  private final Map<Long, Tile> tiles = new HashMap<>();
  private Tile lastTile;
  private long lastKey = Long.MIN_VALUE;

  /** One tile's cells, row-major. */
  static final class Tile {
    final int[] count = new int[SIZE * SIZE];
    final float[] intensity = new float[SIZE * SIZE];
    final float[] z = new float[SIZE * SIZE];
  }

  public TiledGrid(double resolution, double zRef) {
    this.resolution = resolution;
    this.inv = 1 / resolution;
    this.zRef = (float) zRef;
  }

  public double resolution() {
    return resolution;
  }

  /** Adds one ground point. */
  public void add(float x, float y, float z, float normalisedIntensity) {
    int cx = (int) Math.floor(x * inv), cy = (int) Math.floor(y * inv);
    long key = ((long) (cx >> SHIFT) << 32) ^ ((cy >> SHIFT) & 0xffffffffL);
    Tile t;
    if (key == lastKey) {
      t = lastTile;
    } else {
      t = tiles.computeIfAbsent(key, k -> new Tile());
      lastTile = t;
      lastKey = key;
    }
    int i = (cy & MASK) * SIZE + (cx & MASK);
    t.count[i]++;
    t.intensity[i] += normalisedIntensity;
    t.z[i] += z - zRef;
  }

  /** Mean normalised intensity of the cell at (x, y), or NaN where nothing was added. */
  public float meanIntensity(double x, double y) {
    int cx = (int) Math.floor(x * inv), cy = (int) Math.floor(y * inv);
    long key = ((long) (cx >> SHIFT) << 32) ^ ((cy >> SHIFT) & 0xffffffffL);
    Tile t = key == lastKey ? lastTile : tiles.get(key);
    if (t == null) {
      return Float.NaN;
    }
    lastKey = key;
    lastTile = t;
    int i = (cy & MASK) * SIZE + (cx & MASK);
    return t.count[i] == 0 ? Float.NaN : t.intensity[i] / t.count[i];
  }

  public int tileCount() {
    return tiles.size();
  }

  /** The world box covered by allocated tiles; empty when nothing was added. */
  public Bounds2 extent() {
    Bounds2 b = Bounds2.EMPTY;
    double span = SIZE * resolution;
    for (long key : tiles.keySet()) {
      int tx = (int) (key >> 32), ty = (int) key;
      b = b.union(new Bounds2(tx * span, ty * span, (tx + 1) * span, (ty + 1) * span));
    }
    return b;
  }

  /** Copies the cells of {@code area} into dense layers: mean intensity and mean z, NaN empty. */
  public DenseLayers dense(Bounds2 area) {
    int c0 = (int) Math.floor(area.minX() * inv), r0 = (int) Math.floor(area.minY() * inv);
    int w = (int) Math.ceil(area.maxX() * inv) - c0, h = (int) Math.ceil(area.maxY() * inv) - r0;
    DenseLayers d = new DenseLayers(c0 * resolution, r0 * resolution, resolution, w, h);
    for (int row = 0; row < h; row++) {
      int cy = r0 + row;
      for (int col = 0; col < w; col++) {
        int cx = c0 + col;
        long key = ((long) (cx >> SHIFT) << 32) ^ ((cy >> SHIFT) & 0xffffffffL);
        Tile t = key == lastKey ? lastTile : tiles.get(key);
        if (t == null) {
          continue;
        }
        lastKey = key;
        lastTile = t;
        int i = (cy & MASK) * SIZE + (cx & MASK);
        int n = t.count[i];
        if (n > 0) {
          d.intensity[row * w + col] = t.intensity[i] / n;
          d.z[row * w + col] = t.z[i] / n + zRef;
          d.count[row * w + col] = n;
        }
      }
    }
    return d;
  }
}
