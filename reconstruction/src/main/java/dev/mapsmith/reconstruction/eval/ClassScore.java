package dev.mapsmith.reconstruction.eval;

import java.util.Arrays;

/**
 * One class's result: AP at each threshold of {@link Evaluation#THRESHOLDS} (NaN where the class
 * had neither truth nor predictions), truth and prediction instance counts over all windows, and
 * true positives per threshold.
 */
public record ClassScore(double[] ap, int truthCount, int predictionCount, int[] truePositives) {

  public ClassScore {
    ap = ap.clone();
    truePositives = truePositives.clone();
  }

  /** AP at threshold index {@code i}. */
  public double ap(int i) {
    return ap[i];
  }

  /** The mean over the thresholds, the class's AP. NaN when nothing was scored. */
  public double mean() {
    return Arrays.stream(ap).average().orElse(Double.NaN);
  }

  public boolean scored() {
    return !Double.isNaN(mean());
  }
}
