package dev.mapsmith.models;

import java.util.Random;

/**
 * Random training variations of a tile: a square crop, a rotation by a multiple of 90 degrees, a
 * mirror flip, and intensity jitter on the two intensity channels: a gain, a little noise, a
 * contrast exponent and, for half the crops, quantisation to a sensor's few levels. The mask gets
 * the same crop, rotation and flip; the crop keeps its tile's ground level, varied as its
 * intensities are (noise aside), so that it is scaled as its whole tile would be at inference.
 */
public final class Augmentation {

  private Augmentation() {}

  /** A randomly varied {@code crop x crop} sample of {@code tile}. */
  public static TrainingTile apply(TrainingTile tile, int crop, Random rnd) {
    int n = tile.size();
    int c = tile.channels();
    int oy = n == crop ? 0 : rnd.nextInt(n - crop + 1);
    int ox = n == crop ? 0 : rnd.nextInt(n - crop + 1);
    int rot = rnd.nextInt(4);
    boolean flip = rnd.nextBoolean();
    float gain = 0.75f + 0.5f * rnd.nextFloat();
    float noise = 0.03f * rnd.nextFloat();
    float[] x = new float[c * crop * crop];
    byte[] y = new byte[crop * crop];
    for (int r = 0; r < crop; r++) {
      for (int q = 0; q < crop; q++) {
        int sr = r;
        int sq = flip ? crop - 1 - q : q;
        for (int k = 0; k < rot; k++) { // source of a 90-degree turn: (r, q) <- (q, crop-1-r)
          int t = sr;
          sr = sq;
          sq = crop - 1 - t;
        }
        int src = (oy + sr) * n + ox + sq;
        int dst = r * crop + q;
        y[dst] = tile.mask()[src];
        for (int ch = 0; ch < c; ch++) {
          x[ch * crop * crop + dst] = tile.chw()[ch * n * n + src];
        }
      }
    }
    float gamma = (float) Math.exp(GAMMA_LOG_RANGE * (2 * rnd.nextDouble() - 1));
    float levels =
        rnd.nextBoolean()
            ? 0f
            : (float) (255 * Math.exp(LEVELS_LOG_RANGE * (2 * rnd.nextDouble() - 1)));
    for (int ch = 0; ch < Math.min(2, c); ch++) {
      for (int i = ch * crop * crop, end = i + crop * crop; i < end; i++) {
        if (x[i] != 0f) {
          float v = Math.max(0f, x[i] * gain + noise * (float) rnd.nextGaussian());
          x[i] = quantise((float) Math.pow(v, gamma), levels);
        }
      }
    }
    float level = tile.resolvedGroundLevel();
    float cropLevel = level > 0 ? quantise((float) Math.pow(level * gain, gamma), levels) : level;
    return new TrainingTile(tile.id(), x, y, c, crop, cropLevel);
  }

  /**
   * Range of the contrast exponent, as log: intensities are raised to exp(+-0.5), so the
   * simulator's paint-to-asphalt ratio of 3.3 spans 2.1 to 7.2 (real sensors: 2 to 6,
   * ../shared/REAL-LIDAR.md).
   */
  static final double GAMMA_LOG_RANGE = 0.5;

  /**
   * Range of the number of intensity levels over [0, 1] when a crop is quantised (half of them), as
   * log around 255: real sensors report 8-bit intensities, often fewer distinct values.
   */
  static final double LEVELS_LOG_RANGE = 1.0;

  /** {@code v} rounded to {@code levels} steps over [0, 1]; unchanged when levels is 0. */
  static float quantise(float v, float levels) {
    return levels <= 0 ? v : Math.round(v * levels) / levels;
  }

  /** Largest offset of the second pass of {@link #smear}, pixels. */
  static final int SMEAR_PX = 2;

  /**
   * The tile as if its lidar had been laid down twice, the second time shifted by up to {@link
   * #SMEAR_PX} pixels (a residual pose error after alignment): max intensity and density take the
   * larger of the two, the other channels their mean where both saw points. The mask is unchanged.
   */
  public static TrainingTile smear(TrainingTile tile, Random rnd) {
    int n = tile.size(), c = tile.channels(), plane = n * n;
    int dx, dy;
    do {
      dx = rnd.nextInt(2 * SMEAR_PX + 1) - SMEAR_PX;
      dy = rnd.nextInt(2 * SMEAR_PX + 1) - SMEAR_PX;
    } while (dx == 0 && dy == 0);
    float[] src = tile.chw(), x = src.clone();
    int density = (c - 1) * plane;
    for (int r = 0; r < n; r++) {
      int sr = r - dy;
      if (sr < 0 || sr >= n) {
        continue;
      }
      for (int q = 0; q < n; q++) {
        int sq = q - dx;
        if (sq < 0 || sq >= n || src[density + sr * n + sq] <= 0) {
          continue;
        }
        int dst = r * n + q, from = sr * n + sq;
        boolean both = src[density + dst] > 0;
        for (int ch = 0; ch < c; ch++) {
          float a = src[ch * plane + dst], b = src[ch * plane + from];
          boolean larger = ch == 0 || ch == c - 1;
          x[ch * plane + dst] = !both ? b : larger ? Math.max(a, b) : 0.5f * (a + b);
        }
      }
    }
    return new TrainingTile(tile.id(), x, tile.mask(), c, n, tile.groundLevel());
  }
}
