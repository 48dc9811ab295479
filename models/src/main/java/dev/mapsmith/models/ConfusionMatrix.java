package dev.mapsmith.models;

import dev.mapsmith.core.training.LaneClass;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts of (true class, predicted class) pixels; gives {@link SegmentationMetrics}. */
public final class ConfusionMatrix {

  private final long[][] counts;

  public ConfusionMatrix(int classes) {
    counts = new long[classes][classes];
  }

  /** Adds one tile: {@code truth} values are class indices, as are {@code predicted}. */
  public void add(byte[] truth, int[] predicted) {
    if (truth.length != predicted.length) {
      throw new IllegalArgumentException(truth.length + " truth vs " + predicted.length);
    }
    for (int i = 0; i < truth.length; i++) {
      counts[truth[i] & 0xff][predicted[i]]++;
    }
  }

  /** IoU per class (classes absent from both truth and prediction are left out of the mean). */
  public SegmentationMetrics metrics() {
    int n = counts.length;
    Map<String, Double> iou = new LinkedHashMap<>();
    double sum = 0;
    int present = 0;
    long correct = 0;
    long total = 0;
    for (int c = 0; c < n; c++) {
      long tp = counts[c][c];
      long fn = 0;
      long fp = 0;
      for (int k = 0; k < n; k++) {
        total += counts[c][k];
        if (k != c) {
          fn += counts[c][k];
          fp += counts[k][c];
        }
      }
      correct += tp;
      long union = tp + fn + fp;
      if (union > 0) {
        double v = (double) tp / union;
        iou.put(LaneClass.of(c).key(), v);
        sum += v;
        present++;
      }
    }
    return new SegmentationMetrics(
        present == 0 ? 0 : sum / present, iou, total == 0 ? 0 : (double) correct / total, total);
  }
}
