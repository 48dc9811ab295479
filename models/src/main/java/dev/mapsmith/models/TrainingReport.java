package dev.mapsmith.models;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of {@link LaneTrainer#train}: where the best model was written, its spec (with the
 * best validation metrics), every epoch's figures, the diverged epochs it recovered from and
 * whether early stopping ended the run.
 */
public record TrainingReport(
    Path modelDir,
    ModelSpec spec,
    int bestEpoch,
    List<EpochReport> epochs,
    List<Backoff> backoffs,
    boolean stoppedEarly,
    String device,
    double seconds) {

  public TrainingReport {
    epochs = List.copyOf(epochs);
    backoffs = List.copyOf(backoffs);
  }
}
