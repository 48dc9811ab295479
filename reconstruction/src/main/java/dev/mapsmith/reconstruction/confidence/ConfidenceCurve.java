package dev.mapsmith.reconstruction.confidence;

import java.util.Arrays;

/**
 * A monotone map from a raw confidence to a calibrated one: linear between knots (raw score,
 * probability), flat beyond the outer knots, blended with the raw score by a small {@code tieBreak}
 * so that the map is strictly increasing. Strictly increasing means the ranking of one class's
 * primitives, and therefore its average precision, is the same before and after.
 *
 * @param scores raw confidences of the knots, strictly increasing, in [0, 1]
 * @param probabilities calibrated confidences at the knots, non-decreasing, in [0, 1]
 * @param tieBreak weight of the raw score in the result, in (0, 0.5]
 */
public record ConfidenceCurve(double[] scores, double[] probabilities, double tieBreak) {

  public ConfidenceCurve {
    scores = scores.clone();
    probabilities = probabilities.clone();
    if (scores.length == 0 || scores.length != probabilities.length) {
      throw new IllegalArgumentException(
          "a curve needs as many probabilities as scores, at least one: "
              + scores.length
              + " scores, "
              + probabilities.length
              + " probabilities");
    }
    if (!(tieBreak > 0 && tieBreak <= 0.5)) {
      throw new IllegalArgumentException("tie break outside (0, 0.5]: " + tieBreak);
    }
    for (int i = 0; i < scores.length; i++) {
      if (!(scores[i] >= 0 && scores[i] <= 1 && probabilities[i] >= 0 && probabilities[i] <= 1)) {
        throw new IllegalArgumentException("knot " + i + " outside [0, 1]");
      }
      if (i > 0 && !(scores[i] > scores[i - 1] && probabilities[i] >= probabilities[i - 1])) {
        throw new IllegalArgumentException("knot " + i + " breaks monotonicity");
      }
    }
  }

  /** The map that changes nothing. */
  public static ConfidenceCurve identity() {
    return new ConfidenceCurve(new double[] {0, 1}, new double[] {0, 1}, 0.5);
  }

  /** The calibrated confidence of raw confidence {@code score} (clamped into [0, 1]). */
  public double apply(double score) {
    double s = Math.max(0, Math.min(1, score));
    return Math.min(1, Math.max(0, (1 - tieBreak) * interpolate(s) + tieBreak * s));
  }

  private double interpolate(double s) {
    int n = scores.length;
    if (s <= scores[0]) {
      return probabilities[0];
    }
    if (s >= scores[n - 1]) {
      return probabilities[n - 1];
    }
    int i = Arrays.binarySearch(scores, s);
    if (i >= 0) {
      return probabilities[i];
    }
    int hi = -i - 1, lo = hi - 1;
    double t = (s - scores[lo]) / (scores[hi] - scores[lo]);
    return probabilities[lo] + t * (probabilities[hi] - probabilities[lo]);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConfidenceCurve c
        && Arrays.equals(scores, c.scores)
        && Arrays.equals(probabilities, c.probabilities)
        && tieBreak == c.tieBreak;
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(scores) + Arrays.hashCode(probabilities))
        + Double.hashCode(tieBreak);
  }

  @Override
  public String toString() {
    return "ConfidenceCurve"
        + Arrays.toString(scores)
        + "->"
        + Arrays.toString(probabilities)
        + " tieBreak "
        + tieBreak;
  }
}
