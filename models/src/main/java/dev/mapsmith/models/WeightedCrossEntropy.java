package dev.mapsmith.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.loss.Loss;

/**
 * Per-pixel softmax cross-entropy with a weight per class, normalised by the summed weights, so
 * rare classes (thin lines) count as much as the weights say. Predictions are N x K x H x W logits;
 * labels are N x H x W class indices.
 */
public final class WeightedCrossEntropy extends Loss {

  private final float[] weights;

  public WeightedCrossEntropy(float[] weights) {
    super("weighted_cross_entropy");
    this.weights = weights.clone();
  }

  @Override
  public NDArray evaluate(NDList labels, NDList predictions) {
    NDArray logits = predictions.singletonOrThrow();
    NDArray logp = logits.logSoftmax(1);
    NDArray label = labels.singletonOrThrow().toType(DataType.INT64, false);
    NDArray oneHot =
        label.oneHot(weights.length).toType(DataType.FLOAT32, false).transpose(0, 3, 1, 2);
    NDArray w = logits.getManager().create(weights).reshape(1, weights.length, 1, 1);
    NDArray weighted = oneHot.mul(w);
    return logp.mul(weighted).sum().neg().div(weighted.sum());
  }

  /**
   * Weights from class pixel counts: sqrt(background share / class share), between 1 and {@code
   * cap}; classes with no pixels get 1.
   */
  public static float[] fromCounts(long[] counts, float cap) {
    float[] w = new float[counts.length];
    long bg = Math.max(1, counts[0]);
    for (int c = 0; c < counts.length; c++) {
      w[c] =
          counts[c] == 0
              ? 1f
              : (float) Math.min(cap, Math.max(1.0, Math.sqrt((double) bg / counts[c])));
    }
    return w;
  }
}
