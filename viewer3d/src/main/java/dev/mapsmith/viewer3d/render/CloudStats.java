package dev.mapsmith.viewer3d.render;

import dev.mapsmith.viewer3d.PointCloud;
import java.util.Arrays;

/** Colour ranges of a cloud: 1st–99th percentile of intensity and height (sampled), time span. */
record CloudStats(
    float intensityLow,
    float intensityHigh,
    float heightLow,
    float heightHigh,
    float timeMin,
    float timeMax) {

  private static final int SAMPLES = 20_000;

  static CloudStats of(PointCloud cloud) {
    int n = cloud.size();
    int m = Math.min(n, SAMPLES);
    float[] in = new float[m];
    float[] z = new float[m];
    for (int k = 0; k < m; k++) {
      int i = (int) ((long) k * n / m);
      in[k] = cloud.intensity(i);
      z[k] = cloud.z(i);
    }
    Arrays.sort(in);
    Arrays.sort(z);
    float tMin = 0, tMax = 0;
    if (cloud.hasTimes() && n > 0) {
      tMin = Float.POSITIVE_INFINITY;
      tMax = Float.NEGATIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        tMin = Math.min(tMin, cloud.time(i));
        tMax = Math.max(tMax, cloud.time(i));
      }
    }
    return new CloudStats(
        percentile(in, 0.01),
        widen(percentile(in, 0.01), percentile(in, 0.99)),
        percentile(z, 0.01),
        widen(percentile(z, 0.01), percentile(z, 0.99)),
        tMin,
        tMax);
  }

  private static float percentile(float[] sorted, double q) {
    return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, q * sorted.length)];
  }

  private static float widen(float low, float high) {
    return high > low ? high : low + 1;
  }
}
