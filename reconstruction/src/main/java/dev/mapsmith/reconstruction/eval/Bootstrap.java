package dev.mapsmith.reconstruction.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The bootstrap over independent units (worlds of a benchmark suite): resample the units with
 * replacement, recompute the figure on each resample, and take the percentile interval. Seeded, so
 * one suite gives one interval.
 */
public final class Bootstrap {

  /** Resamples {@code mapsmith benchmark} draws. */
  public static final int DEFAULT_RESAMPLES = 1000;

  /** A figure and its percentile interval at {@code level} (0.95 for a 95 % interval). */
  public record Interval(double estimate, double low, double high, double level) {

    public boolean contains(double v) {
      return v >= low && v <= high;
    }
  }

  private Bootstrap() {}

  /**
   * {@code statistic} of {@code resamples} resamples of {@code units} (each as many units as the
   * original, drawn with replacement), in draw order.
   */
  public static <T, R> List<R> replicates(
      List<T> units, Function<List<T>, R> statistic, int resamples, long seed) {
    if (units.isEmpty()) {
      throw new IllegalArgumentException("nothing to resample");
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<R> out = new ArrayList<>(resamples);
    for (int r = 0; r < resamples; r++) {
      List<T> sample = new ArrayList<>(units.size());
      for (int i = 0; i < units.size(); i++) {
        sample.add(units.get(random.nextInt(units.size())));
      }
      out.add(statistic.apply(sample));
    }
    return out;
  }

  /**
   * The percentile interval of {@code values} (NaNs, resamples where the figure is undefined, left
   * out) around {@code estimate}; NaN bounds when every value is NaN.
   */
  public static Interval percentile(double estimate, double[] values, double level) {
    double[] v = Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
    if (v.length == 0) {
      return new Interval(estimate, Double.NaN, Double.NaN, level);
    }
    double tail = (1 - level) / 2;
    return new Interval(estimate, quantile(v, tail), quantile(v, 1 - tail), level);
  }

  /** Linear interpolation between order statistics of sorted {@code v}. */
  private static double quantile(double[] v, double q) {
    double pos = q * (v.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(v.length - 1, lo + 1);
    return v[lo] + (pos - lo) * (v[hi] - v[lo]);
  }
}
