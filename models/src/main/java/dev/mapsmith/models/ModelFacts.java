package dev.mapsmith.models;

import ai.djl.Device;
import dev.mapsmith.core.training.LaneClass;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the {@link ModelSpec} that a training run writes beside its best parameters. */
final class ModelFacts {

  private ModelFacts() {}

  static ModelSpec spec(
      TrainingOptions o,
      String paramsName,
      TrainingSet set,
      SegmentationMetrics best,
      int bestEpoch,
      List<EpochReport> history,
      List<Backoff> backoffs,
      float[] weights,
      Device device,
      double seconds) {
    Map<String, Object> training = new LinkedHashMap<>();
    training.put("dataset", set.directory().toAbsolutePath().normalize().toString());
    training.put("train_tiles", set.trainIds().size());
    training.put("val_tiles", set.valIds().size());
    training.put("epochs_run", history.size());
    training.put("best_epoch", bestEpoch);
    training.put("seed", o.seed());
    training.put("batch_size", o.batchSize());
    training.put("crop_size", o.cropSize());
    training.put("learning_rate", o.learningRate());
    training.put("crops_per_epoch", o.cropsPerEpoch());
    training.put("max_minutes", o.maxMinutes());
    training.put("intensity_scale", IntensityScale.CURRENT.key());
    List<Double> w = new ArrayList<>();
    for (float f : weights) {
      w.add((double) f);
    }
    training.put("class_weights", w);
    training.put("device", device.toString());
    training.put("seconds", Math.round(seconds * 10) / 10.0);
    List<Map<String, Object>> epochs = new ArrayList<>();
    for (EpochReport e : history) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("epoch", e.epoch());
      row.put("train_loss", e.trainLoss());
      row.put("val_miou", e.validation().miou());
      row.put("learning_rate", (double) e.learningRate());
      row.put("skipped_batches", e.skippedBatches());
      epochs.add(row);
    }
    training.put("history", epochs);
    List<Map<String, Object>> recovered = new ArrayList<>();
    for (Backoff b : backoffs) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("epoch", b.epoch());
      row.put("skipped_batches", b.skippedBatches());
      row.put("steps", b.steps());
      row.put("weights_finite", b.weightsFinite());
      row.put("learning_rate", (double) b.learningRate());
      recovered.add(row);
    }
    training.put("backoffs", recovered);
    double res = Double.isNaN(set.resolution()) ? 0.1 : set.resolution();
    return new ModelSpec(
        ModelSpec.FORMAT,
        o.modelId(),
        o.modelVersion(),
        "lane-unet",
        o.baseFilters(),
        o.depth(),
        LaneClass.keys(),
        ModelInput.CHANNELS,
        res,
        set.tileSize(),
        paramsName,
        IntensityScale.CURRENT.key(),
        best,
        training);
  }
}
