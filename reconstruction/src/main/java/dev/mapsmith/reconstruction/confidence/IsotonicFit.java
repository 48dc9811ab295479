package dev.mapsmith.reconstruction.confidence;

import dev.mapsmith.reconstruction.eval.Detection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Fits a {@link ConfidenceCurve} to detections (raw score, matched or not) by isotonic regression
 * (pool adjacent violators): the non-decreasing step function of the score closest to the match
 * rate. Each block's rate is shrunk towards the overall rate by {@link Params#priorWeight} pseudo
 * detections, so that a block of a few detections does not jump to 0 or 1; blocks are pooled until
 * their shrunk rates strictly increase. The knots are the blocks' mean scores.
 */
public final class IsotonicFit {

  /**
   * @param priorWeight pseudo detections at the overall match rate added to every block
   * @param tieBreak weight of the raw score in the fitted curve ({@link ConfidenceCurve})
   */
  public record Params(double priorWeight, double tieBreak) {

    public Params {
      if (!(priorWeight >= 0) || !(tieBreak > 0 && tieBreak <= 0.5)) {
        throw new IllegalArgumentException("prior weight >= 0, tie break in (0, 0.5]");
      }
    }

    public static Params defaults() {
      return new Params(4, 0.01);
    }
  }

  private IsotonicFit() {}

  /** The fitted curve; the identity when there are no detections. */
  public static ConfidenceCurve fit(Collection<Detection> detections, Params p) {
    if (detections.isEmpty()) {
      return ConfidenceCurve.identity();
    }
    List<Detection> sorted = new ArrayList<>(detections);
    sorted.sort(Comparator.comparingDouble(IsotonicFit::clamped));
    double prior = sorted.stream().filter(Detection::truePositive).count() / (double) sorted.size();
    List<Block> stack = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      double s = clamped(sorted.get(i));
      Block b = new Block();
      while (i < sorted.size() && clamped(sorted.get(i)) == s) {
        b.add(s, sorted.get(i++).truePositive());
      }
      stack.add(b);
      while (stack.size() > 1
          && stack.get(stack.size() - 2).rate(prior, p)
              >= stack.get(stack.size() - 1).rate(prior, p)) {
        Block top = stack.remove(stack.size() - 1);
        stack.get(stack.size() - 1).merge(top);
      }
    }
    double[] x = new double[stack.size()], y = new double[stack.size()];
    for (int k = 0; k < stack.size(); k++) {
      x[k] = stack.get(k).meanScore();
      y[k] = stack.get(k).rate(prior, p);
    }
    return new ConfidenceCurve(x, y, p.tieBreak());
  }

  private static double clamped(Detection d) {
    return Math.max(0, Math.min(1, d.score()));
  }

  /** Detections pooled into one step: their count, score sum and matches. */
  private static final class Block {
    private int count;
    private double scoreSum;
    private int matched;

    void add(double score, boolean match) {
      count++;
      scoreSum += score;
      matched += match ? 1 : 0;
    }

    void merge(Block o) {
      count += o.count;
      scoreSum += o.scoreSum;
      matched += o.matched;
    }

    double meanScore() {
      return scoreSum / count;
    }

    double rate(double prior, Params p) {
      return (matched + p.priorWeight() * prior) / (count + p.priorWeight());
    }
  }
}
