package dev.mapsmith.models;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;

/**
 * The DJL trainer of a training run, which can be started again with a fresh Adam optimiser at
 * another learning rate (a diverged epoch's optimiser state is as spoilt as its weights). It owns
 * the trainer it made and closes it.
 */
final class RestartableTrainer implements AutoCloseable {

  /**
   * Gradients are clipped to +-this before each Adam step: version 3's run (no clipping) diverged
   * to a NaN loss at epoch 23 (docs/model-card.md).
   */
  static final float CLIP_GRAD = 1f;

  private final Model model;
  private final float[] classWeights;
  private final Device device;
  private final Shape inputShape;
  private Trainer trainer;
  private float learningRate;

  RestartableTrainer(
      Model model, float[] classWeights, Device device, Shape inputShape, float learningRate) {
    this.model = model;
    this.classWeights = classWeights.clone();
    this.device = device;
    this.inputShape = inputShape;
    restart(learningRate);
  }

  /** The trainer to step with now. */
  Trainer trainer() {
    return trainer;
  }

  float learningRate() {
    return learningRate;
  }

  /**
   * Closes the current trainer and makes a new one at {@code rate}; the model's weights stay as
   * they are (DJL initialises only parameters that have no value yet).
   */
  void restart(float rate) {
    close();
    DefaultTrainingConfig config =
        new DefaultTrainingConfig(new WeightedCrossEntropy(classWeights))
            .optOptimizer(
                Optimizer.adam()
                    .optLearningRateTracker(Tracker.fixed(rate))
                    .optClipGrad(CLIP_GRAD)
                    .build())
            .optDevices(new Device[] {device});
    trainer = model.newTrainer(config);
    trainer.initialize(inputShape);
    learningRate = rate;
  }

  @Override
  public void close() {
    if (trainer != null) {
      trainer.close();
      trainer = null;
    }
  }
}
