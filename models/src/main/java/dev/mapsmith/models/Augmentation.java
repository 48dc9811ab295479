package dev.mapsmith.models;

import java.util.Random;

/**
 * Random training variations of a tile: a square crop, a rotation by a multiple of 90 degrees, a
 * mirror flip, and intensity jitter (a gain on the two intensity channels plus a little noise). The
 * mask gets the same crop, rotation and flip.
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
    for (int ch = 0; ch < Math.min(2, c); ch++) {
      for (int i = ch * crop * crop, end = i + crop * crop; i < end; i++) {
        if (x[i] != 0f) {
          x[i] = Math.max(0f, x[i] * gain + noise * (float) rnd.nextGaussian());
        }
      }
    }
    return new TrainingTile(tile.id(), x, y, c, crop);
  }
}
