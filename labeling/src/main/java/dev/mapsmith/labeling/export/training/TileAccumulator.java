package dev.mapsmith.labeling.export.training;

import dev.mapsmith.core.raster.BevGrid;
import dev.mapsmith.core.raster.BevRasterizer;
import dev.mapsmith.drivelog.PointCloud;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/** Splits one drive's world points into fixed tiles, each with its own {@link BevRasterizer}. */
final class TileAccumulator {

  /** A tile's grid position: tile (tx, ty) covers [tx·size, (tx+1)·size) metres. */
  record TileKey(long tx, long ty) implements Comparable<TileKey> {
    @Override
    public int compareTo(TileKey o) {
      return tx != o.tx ? Long.compare(tx, o.tx) : Long.compare(ty, o.ty);
    }
  }

  private final double tileMetres;
  private final Map<TileKey, BevRasterizer> tiles = new TreeMap<>();
  private final Map<TileKey, float[][]> buffers = new java.util.HashMap<>();
  private final Map<TileKey, Integer> fill = new java.util.HashMap<>();
  private final Map<TileKey, double[]> sweepSums = new java.util.HashMap<>();
  private int sweeps;
  private final dev.mapsmith.core.geom.Bounds2 within; // tiles that meet it are kept; null: all

  TileAccumulator() {
    this(null);
  }

  /** Keeps only the tiles that meet {@code within} (all tiles when it is null). */
  TileAccumulator(dev.mapsmith.core.geom.Bounds2 within) {
    this.tileMetres = TrainingSetOptions.TILE_SIZE * TrainingSetOptions.RESOLUTION_M;
    this.within = within;
  }

  static BevGrid grid(long tx, long ty) {
    double metres = TrainingSetOptions.TILE_SIZE * TrainingSetOptions.RESOLUTION_M;
    return new BevGrid(
        tx * metres,
        ty * metres,
        TrainingSetOptions.RESOLUTION_M,
        TrainingSetOptions.TILE_SIZE,
        TrainingSetOptions.TILE_SIZE);
  }

  /** Adds one sweep's points (sweeps in time order). */
  void add(PointCloud c) {
    for (int i = 0; i < c.size(); i++) {
      float x = c.x()[i], y = c.y()[i];
      if (!Float.isFinite(x) || !Float.isFinite(y) || !Float.isFinite(c.z()[i])) {
        continue;
      }
      TileKey k = new TileKey((long) Math.floor(x / tileMetres), (long) Math.floor(y / tileMetres));
      if (within != null && !meets(k)) {
        continue;
      }
      float[][] b = buffers.computeIfAbsent(k, key -> new float[4][4096]);
      int n = fill.getOrDefault(k, 0);
      if (n == b[0].length) {
        for (int j = 0; j < 4; j++) {
          b[j] = Arrays.copyOf(b[j], n * 2);
        }
        buffers.put(k, b);
      }
      b[0][n] = x;
      b[1][n] = y;
      b[2][n] = c.z()[i];
      b[3][n] = c.intensity()[i];
      fill.put(k, n + 1);
    }
    flush();
  }

  private boolean meets(TileKey k) {
    return k.tx() * tileMetres <= within.maxX()
        && (k.tx() + 1) * tileMetres >= within.minX()
        && k.ty() * tileMetres <= within.maxY()
        && (k.ty() + 1) * tileMetres >= within.minY();
  }

  private void flush() {
    for (Map.Entry<TileKey, Integer> e : fill.entrySet()) {
      double[] sum = sweepSums.computeIfAbsent(e.getKey(), k -> new double[2]);
      sum[0] += (double) sweeps * e.getValue();
      sum[1] += e.getValue();
      float[][] b = buffers.get(e.getKey());
      tiles
          .computeIfAbsent(e.getKey(), k -> new BevRasterizer(grid(k.tx(), k.ty())))
          .add(e.getValue(), b[0], b[1], b[2], b[3]);
    }
    fill.clear();
    sweeps++;
  }

  Map<TileKey, BevRasterizer> tiles() {
    return tiles;
  }

  /**
   * When the drive saw the tile: the mean index of the sweeps its points came from (a tile beside
   * the start is seen early, one at the end late, whatever the lidar's range).
   */
  double meanSweep(TileKey k) {
    double[] sum = sweepSums.get(k);
    return sum[0] / sum[1];
  }
}
