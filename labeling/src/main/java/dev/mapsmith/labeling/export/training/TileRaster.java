package dev.mapsmith.labeling.export.training;

import dev.mapsmith.core.raster.BevChannel;
import dev.mapsmith.core.raster.BevRaster;

/**
 * How much of a tile's {@link BevRaster} saw lidar (tiles below the threshold are not written); its
 * channels are core's {@code TrainingSetFormat.channels}.
 */
final class TileRaster {

  private TileRaster() {}

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
