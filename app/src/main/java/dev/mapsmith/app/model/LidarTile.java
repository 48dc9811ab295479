package dev.mapsmith.app.model;

import dev.mapsmith.core.raster.BevRaster;
import dev.mapsmith.core.training.TrainingSetFormat;
import java.util.List;

/**
 * One training-set tile of a drive's lidar as the top view shows it: tile (tx, ty) covers [tx·25.6,
 * (tx+1)·25.6) metres, and its {@link TrainingSetFormat#CHANNELS} (the values the training set
 * holds, image order, row 0 north) are each quantised to a byte over a fixed range ({@link
 * #RANGES}). {@code channels} is null for a tile the drive's lidar does not reach.
 */
public record LidarTile(long tx, long ty, byte[][] channels) {

  /** Cells along a tile's edge. */
  public static final int SIZE = TrainingSetFormat.TILE_SIZE;

  /** A tile's edge, metres. */
  public static final double METRES = TrainingSetFormat.TILE_METRES;

  /** The channels' names, as the training set names them. */
  public static final List<String> CHANNELS = TrainingSetFormat.CHANNELS;

  /**
   * The range each channel is quantised over: intensities 0..1, height span 0..2 m, height over the
   * tile's ground ±0.5 m, density (log of points + 1) 0..5.
   */
  static final float[][] RANGES = {{0, 1}, {0, 1}, {0, 2}, {-0.5f, 0.5f}, {0, 5}};

  /** The tile the export computes as {@code r} (a training-set tile's raster). */
  public static LidarTile of(BevRaster r) {
    float[] all = TrainingSetFormat.channels(r);
    int plane = SIZE * SIZE;
    byte[][] out = new byte[CHANNELS.size()][plane];
    for (int c = 0; c < out.length; c++) {
      float lo = RANGES[c][0], span = RANGES[c][1] - RANGES[c][0];
      for (int i = 0; i < plane; i++) {
        float v = (all[c * plane + i] - lo) / span;
        out[c][i] = (byte) Math.round(255 * Math.max(0, Math.min(1, v)));
      }
    }
    return new LidarTile(
        Math.round(r.grid().minX() / METRES), Math.round(r.grid().minY() / METRES), out);
  }

  /** A tile the drive's lidar does not reach. */
  public static LidarTile empty(long tx, long ty) {
    return new LidarTile(tx, ty, null);
  }

  public boolean isEmpty() {
    return channels == null;
  }

  public double minX() {
    return tx * METRES;
  }

  public double minY() {
    return ty * METRES;
  }

  /** Channel {@code c} at cell (col, imageRow) as a byte level 0..255 (0 in an empty tile). */
  public int level(int c, int col, int imageRow) {
    return channels == null ? 0 : channels[c][imageRow * SIZE + col] & 0xff;
  }

  /** Channel {@code c} at cell (col, imageRow) in its own units (within its range). */
  public float value(int c, int col, int imageRow) {
    return RANGES[c][0] + (RANGES[c][1] - RANGES[c][0]) * level(c, col, imageRow) / 255f;
  }
}
