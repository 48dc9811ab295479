package dev.mapsmith.core.training;

import dev.mapsmith.core.raster.BevChannel;
import dev.mapsmith.core.raster.BevRaster;
import java.util.Arrays;
import java.util.List;

/**
 * The training-set contract (docs/training-set.md) that the export writes and training reads: the
 * format name and version, tile geometry, the input channels and how a {@link BevRaster} becomes
 * them, and the classes ({@link LaneClass}). Files are written and read by {@link TrainingSetFiles}
 * only.
 */
public final class TrainingSetFormat {

  public static final String FORMAT = "mapsmith-training-set";
  public static final int VERSION = 1;

  /** Tile edge, pixels. */
  public static final int TILE_SIZE = 256;

  /** Metres per pixel. */
  public static final double RESOLUTION_M = 0.1;

  /** Tile edge, metres (tiles lie on a grid of multiples of this). */
  public static final double TILE_METRES = TILE_SIZE * RESOLUTION_M;

  /** Input channel names in file order. */
  public static final List<String> CHANNELS =
      List.of("max_intensity", "mean_intensity", "height_span", "min_z_rel", "density");

  private static final BevChannel[] ORDER = {
    BevChannel.MAX_INTENSITY,
    BevChannel.MEAN_INTENSITY,
    BevChannel.HEIGHT_SPAN,
    BevChannel.MIN_Z,
    BevChannel.DENSITY
  };

  private TrainingSetFormat() {}

  /**
   * The channels of a raster as C x H x W, row 0 the northern-most row: min_z_rel is min_z minus
   * the raster's median min_z (its ground); empty (NaN) cells are 0. Not normalised.
   */
  public static float[] channels(BevRaster r) {
    int w = r.grid().width(), h = r.grid().height(), plane = w * h;
    float[] out = new float[ORDER.length * plane];
    float ground = median(r.channel(BevChannel.MIN_Z));
    for (int c = 0; c < ORDER.length; c++) {
      float[] src = r.channel(ORDER[c]);
      for (int imageRow = 0; imageRow < h; imageRow++) {
        int gridRow = h - 1 - imageRow;
        for (int col = 0; col < w; col++) {
          float v = src[gridRow * w + col];
          if (ORDER[c] == BevChannel.MIN_Z) {
            v = Float.isNaN(v) ? 0f : v - ground;
          } else if (Float.isNaN(v)) {
            v = 0f;
          }
          out[c * plane + imageRow * w + col] = v;
        }
      }
    }
    return out;
  }

  /** Median of the non-NaN values; 0 when there are none. */
  public static float median(float[] values) {
    float[] vals = new float[values.length];
    int n = 0;
    for (float v : values) {
      if (!Float.isNaN(v)) {
        vals[n++] = v;
      }
    }
    if (n == 0) {
      return 0f;
    }
    Arrays.sort(vals, 0, n);
    return vals[n / 2];
  }
}
