package dev.mapsmith.models;

import java.util.Map;

/**
 * Validation figures of a segmentation: intersection over union per class key, their mean over the
 * classes that occur (in truth or prediction), and the pixel accuracy.
 */
public record SegmentationMetrics(
    double miou, Map<String, Double> iou, double pixelAccuracy, long pixels) {

  public SegmentationMetrics {
    iou = Map.copyOf(iou);
  }
}
