package dev.mapsmith.labeling.export.training;

import dev.mapsmith.core.raster.BevChannel;
import dev.mapsmith.core.raster.BevRaster;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Turns a tile's {@link BevRaster} into the training-set channel file: little-endian float32, C x H
 * x W, channels max_intensity, mean_intensity, height_span, min_z_rel, density; row 0 is the
 * northern-most row. min_z_rel is min_z minus the tile's median min_z (its ground); empty cells 0.
 */
final class TileRaster {

  static final BevChannel[] ORDER = {
    BevChannel.MAX_INTENSITY,
    BevChannel.MEAN_INTENSITY,
    BevChannel.HEIGHT_SPAN,
    BevChannel.MIN_Z,
    BevChannel.DENSITY
  };
  static final String[] NAMES = {
    "max_intensity", "mean_intensity", "height_span", "min_z_rel", "density"
  };

  private TileRaster() {}

  static byte[] encode(BevRaster r) {
    int w = r.grid().width(), h = r.grid().height();
    ByteBuffer out = ByteBuffer.allocate(ORDER.length * w * h * 4).order(ByteOrder.LITTLE_ENDIAN);
    float ground = medianGround(r.channel(BevChannel.MIN_Z));
    for (BevChannel c : ORDER) {
      float[] src = r.channel(c);
      for (int imageRow = 0; imageRow < h; imageRow++) {
        int gridRow = h - 1 - imageRow;
        for (int col = 0; col < w; col++) {
          float v = src[gridRow * w + col];
          if (c == BevChannel.MIN_Z) {
            v = Float.isNaN(v) ? 0f : v - ground;
          } else if (Float.isNaN(v)) {
            v = 0f;
          }
          out.putFloat(v);
        }
      }
    }
    return out.array();
  }

  /** Median of the non-NaN values; 0 when there are none. */
  static float medianGround(float[] minZ) {
    float[] vals = new float[minZ.length];
    int n = 0;
    for (float v : minZ) {
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

  /** Fraction of cells that saw at least one point. */
  static double coverage(BevRaster r) {
    float[] d = r.channel(BevChannel.DENSITY);
    int hit = 0;
    for (float v : d) {
      if (v > 0) {
        hit++;
      }
    }
    return (double) hit / d.length;
  }
}
