package dev.mapsmith.reconstruction.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How well confidence predicts a match: detections binned by score into equal-width bins over [0,
 * 1] (a reliability table: mean score against the fraction matched per bin) and the expected
 * calibration error, the count-weighted mean gap between the two. A calibrated confidence of 0.8
 * matches four times in five.
 *
 * @param bins every bin, empty ones included (count 0, NaN means)
 * @param ece expected calibration error in [0, 1]; NaN when there are no detections
 * @param detections how many detections were binned
 */
public record Calibration(List<Bin> bins, double ece, int detections) {

  /** Bins of the reliability tables that {@code mapsmith benchmark} reports. */
  public static final int DEFAULT_BINS = 10;

  /** One score bin: [lower, upper), the last one closed. */
  public record Bin(double lower, double upper, int count, double meanScore, double matched) {}

  public Calibration {
    bins = List.copyOf(bins);
  }

  /** The reliability table and ECE of {@code detections} in {@code binCount} equal bins. */
  public static Calibration of(Collection<Detection> detections, int binCount) {
    if (binCount < 1) {
      throw new IllegalArgumentException("need at least one bin: " + binCount);
    }
    int[] count = new int[binCount];
    double[] scoreSum = new double[binCount];
    int[] matched = new int[binCount];
    for (Detection d : detections) {
      double s = Math.max(0, Math.min(1, d.score()));
      int b = Math.min(binCount - 1, (int) (s * binCount));
      count[b]++;
      scoreSum[b] += s;
      matched[b] += d.truePositive() ? 1 : 0;
    }
    List<Bin> bins = new ArrayList<>();
    double gap = 0;
    for (int b = 0; b < binCount; b++) {
      double mean = count[b] == 0 ? Double.NaN : scoreSum[b] / count[b];
      double hit = count[b] == 0 ? Double.NaN : (double) matched[b] / count[b];
      bins.add(new Bin((double) b / binCount, (double) (b + 1) / binCount, count[b], mean, hit));
      gap += count[b] == 0 ? 0 : count[b] * Math.abs(hit - mean);
    }
    int n = detections.size();
    return new Calibration(bins, n == 0 ? Double.NaN : gap / n, n);
  }
}
