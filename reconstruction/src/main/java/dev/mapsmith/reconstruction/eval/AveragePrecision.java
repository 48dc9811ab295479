package dev.mapsmith.reconstruction.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pooled detections of one class at one threshold, and their VOC-style AP: the area under the
 * precision envelope over recall.
 */
public final class AveragePrecision {

  private final List<double[]> detections = new ArrayList<>(); // {score, 1 if true positive}
  private int truthCount;

  void addTruth(int count) {
    truthCount += count;
  }

  void addDetection(double score, boolean truePositive) {
    detections.add(new double[] {score, truePositive ? 1 : 0});
  }

  /** Adds another pool's truth and detections to this one (pooling over windows or drives). */
  void addAll(AveragePrecision other) {
    truthCount += other.truthCount;
    detections.addAll(other.detections);
  }

  /** Every detection in the pool, in the order they were added. */
  public List<Detection> detections() {
    return detections.stream().map(d -> new Detection(d[0], d[1] == 1)).toList();
  }

  public int truthCount() {
    return truthCount;
  }

  public int detectionCount() {
    return detections.size();
  }

  public int truePositives() {
    return (int) detections.stream().filter(d -> d[1] == 1).count();
  }

  /** AP in [0, 1]; NaN when there is neither truth nor any detection (nothing to score). */
  public double value() {
    if (truthCount == 0) {
      return detections.isEmpty() ? Double.NaN : 0;
    }
    List<double[]> sorted = new ArrayList<>(detections);
    sorted.sort(Comparator.comparingDouble((double[] d) -> -d[0]));
    int n = sorted.size();
    double[] recall = new double[n + 2];
    double[] precision = new double[n + 2];
    int tp = 0;
    for (int i = 0; i < n; i++) {
      tp += (int) sorted.get(i)[1];
      recall[i + 1] = (double) tp / truthCount;
      precision[i + 1] = (double) tp / (i + 1);
    }
    recall[n + 1] = 1;
    precision[n + 1] = 0;
    for (int i = n; i >= 0; i--) {
      precision[i] = Math.max(precision[i], precision[i + 1]);
    }
    double ap = 0;
    for (int i = 0; i <= n; i++) {
      if (recall[i + 1] != recall[i]) {
        ap += (recall[i + 1] - recall[i]) * precision[i + 1];
      }
    }
    return ap;
  }
}
