package dev.mapsmith.reconstruction.cloud;

/**
 * Normalises lidar intensity by range: keeps a running mean of ground intensity per 1 m range bin
 * (mostly asphalt) and divides by it, so that paint reads as a ratio over the road around it
 * whatever its distance. Per-beam normalisation is not possible: the drive API carries no beam
 * index. One instance per drive, fed sweep by sweep.
 */
public final class IntensityNormalizer {

  private static final int BINS = 128;
  private final double[] mean = new double[BINS];
  private final long[] seen = new long[BINS];

  /**
   * Updates the bin means from this sweep's ground points, then writes normalised intensity of
   * every point into {@code out}.
   */
  public void normalise(int n, float[] intensity, float[] range, boolean[] ground, float[] out) {
    double[] sum = new double[BINS];
    int[] count = new int[BINS];
    for (int i = 0; i < n; i++) {
      if (ground[i]) {
        int b = bin(range[i]);
        sum[b] += intensity[i];
        count[b]++;
      }
    }
    for (int b = 0; b < BINS; b++) {
      if (count[b] >= 20) {
        double m = sum[b] / count[b];
        double weight = Math.min(0.5, (double) count[b] / (count[b] + seen[b]));
        mean[b] = seen[b] == 0 ? m : mean[b] + weight * (m - mean[b]);
        seen[b] += count[b];
      }
    }
    double global = globalMean();
    for (int i = 0; i < n; i++) {
      int b = bin(range[i]);
      double m = seen[b] > 0 ? mean[b] : global;
      out[i] = m > 1e-4 ? (float) Math.min(20, intensity[i] / m) : 0;
    }
  }

  private double globalMean() {
    double s = 0;
    long c = 0;
    for (int b = 0; b < BINS; b++) {
      if (seen[b] > 0) {
        s += mean[b] * seen[b];
        c += seen[b];
      }
    }
    return c == 0 ? 0 : s / c;
  }

  private static int bin(float range) {
    return Math.min(BINS - 1, Math.max(0, (int) range));
  }
}
