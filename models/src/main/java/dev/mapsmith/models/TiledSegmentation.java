package dev.mapsmith.models;

import dev.mapsmith.core.raster.BevRaster;
import dev.mapsmith.core.task.ProgressMonitor;

/**
 * Segments a large raster tile by tile: each tile's centre (all but {@code margin} pixels on each
 * side inside the raster) is kept, so seams see context on both sides.
 */
final class TiledSegmentation {

  /** Classifies one north-up C x H x W tile into one class per pixel, row-major. */
  @FunctionalInterface
  interface TileClassifier {
    int[] segment(float[] chw, int channels, int height, int width);
  }

  private TiledSegmentation() {}

  static int[] run(
      TileClassifier segmenter, BevRaster raster, int tile, int margin, ProgressMonitor progress) {
    int w = raster.grid().width();
    int h = raster.grid().height();
    return run(segmenter, ModelInput.fromRaster(raster), w, h, tile, margin, progress);
  }

  /** Tiles a north-up C x H x W input; returns classes in grid order (row 0 south). */
  static int[] run(
      TileClassifier segmenter,
      float[] input,
      int w,
      int h,
      int tile,
      int margin,
      ProgressMonitor progress) {
    int channels = ModelInput.CHANNELS.size();
    int[] northUp = new int[w * h];
    int step = tile - 2 * margin;
    int tilesX = (w + step - 1) / step;
    int tilesY = (h + step - 1) / step;
    int done = 0;
    for (int ty = 0; ty < tilesY; ty++) {
      for (int tx = 0; tx < tilesX; tx++) {
        progress.checkCancelled();
        int coreY = ty * step;
        int coreX = tx * step;
        int y0 = Math.max(0, coreY - margin);
        int x0 = Math.max(0, coreX - margin);
        int y1 = Math.min(h, coreY + step + margin);
        int x1 = Math.min(w, coreX + step + margin);
        int th = y1 - y0;
        int tw = x1 - x0;
        float[] sub = new float[channels * th * tw];
        for (int c = 0; c < channels; c++) {
          for (int r = 0; r < th; r++) {
            System.arraycopy(input, (c * h + y0 + r) * w + x0, sub, (c * th + r) * tw, tw);
          }
        }
        int[] classes =
            recentreGround(sub, th * tw)
                ? segmenter.segment(sub, channels, th, tw)
                : new int[th * tw]; // no point in the tile: background

        int ry1 = Math.min(h, coreY + step);
        int rx1 = Math.min(w, coreX + step);
        for (int y = coreY; y < ry1; y++) {
          System.arraycopy(
              classes, (y - y0) * tw + (coreX - x0), northUp, y * w + coreX, rx1 - coreX);
        }
        progress.progress(++done / (double) (tilesX * tilesY), "segmenting tiles");
      }
    }
    int[] out = new int[w * h];
    for (int row = 0; row < h; row++) {
      System.arraycopy(northUp, (h - 1 - row) * w, out, row * w, w);
    }
    return out;
  }

  /**
   * Makes the tile's min_z_rel relative to the median lowest z of its own non-empty cells, as the
   * training-set export does per tile; returns false when the tile saw no point.
   */
  static boolean recentreGround(float[] chw, int plane) {
    int minZ = 3 * plane, density = 4 * plane;
    float[] seen = new float[plane];
    int n = 0;
    for (int i = 0; i < plane; i++) {
      if (chw[density + i] > 0) {
        seen[n++] = chw[minZ + i];
      }
    }
    if (n == 0) {
      return false;
    }
    java.util.Arrays.sort(seen, 0, n);
    float ground = seen[n / 2];
    for (int i = 0; i < plane; i++) {
      if (chw[density + i] > 0) {
        chw[minZ + i] -= ground;
      }
    }
    return true;
  }
}
