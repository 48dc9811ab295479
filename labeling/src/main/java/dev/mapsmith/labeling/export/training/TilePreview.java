package dev.mapsmith.labeling.export.training;

import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.raster.BevGrid;
import dev.mapsmith.core.raster.BevRaster;
import dev.mapsmith.core.training.TrainingSetFormat;
import java.util.List;

/**
 * A tile's channels shrunk to {@code size} × {@code size} for a preview, image order (row 0 north),
 * each channel stretched to 0..255 over its own range in the tile (as {@code TrainingSetFormat}
 * orders them).
 */
public record TilePreview(int size, byte[][] channels) {

  /** Preview edge, pixels (a tile is 4 × 4 cells a pixel). */
  public static final int SIZE = 64;

  /** The preview of a finished tile raster: block means of its training channels. */
  static TilePreview of(BevRaster raster) {
    int full = raster.grid().width(), block = full / SIZE, plane = full * full;
    float[] all = TrainingSetFormat.channels(raster);
    byte[][] out = new byte[TrainingSetFormat.CHANNELS.size()][];
    for (int c = 0; c < out.length; c++) {
      float[] small = new float[SIZE * SIZE];
      for (int i = 0; i < plane; i++) {
        int row = i / full / block, col = i % full / block;
        small[row * SIZE + col] += all[c * plane + i] / (block * block);
      }
      out[c] = stretch(small);
    }
    return new TilePreview(SIZE, out);
  }

  private static byte[] stretch(float[] v) {
    float lo = Float.POSITIVE_INFINITY, hi = Float.NEGATIVE_INFINITY;
    for (float x : v) {
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
    }
    byte[] out = new byte[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (byte) (hi > lo ? Math.round(255 * (v[i] - lo) / (hi - lo)) : 0);
    }
    return out;
  }

  /**
   * The class mask the export draws for {@code labels} in the tile at {@code grid}, shrunk to
   * {@link #SIZE}: a pixel takes the highest class index of its block, so thin lines stay visible.
   */
  public static byte[] mask(BevGrid grid, List<Primitive> labels) {
    byte[] full = TileMask.draw(grid, labels);
    int w = grid.width(), block = w / SIZE;
    byte[] small = new byte[SIZE * SIZE];
    for (int i = 0; i < full.length; i++) {
      int k = (i / w / block) * SIZE + (i % w / block);
      small[k] = (byte) Math.max(small[k], full[i]);
    }
    return small;
  }
}
