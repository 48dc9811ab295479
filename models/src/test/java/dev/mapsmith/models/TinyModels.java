package dev.mapsmith.models;

import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.models.synthetic.SyntheticTrainingSet;
import java.io.IOException;
import java.nio.file.Path;

/** Small synthetic training sets and briefly trained models for tests. */
final class TinyModels {

  private TinyModels() {}

  /** A training set of {@code train} + {@code val} synthetic tiles of 64 pixels. */
  static Path dataset(Path dir, int train, int val) throws IOException {
    SyntheticTrainingSet.write(dir, train, val, 64);
    return dir;
  }

  static TrainingOptions options(int epochs) {
    return TrainingOptions.defaults(epochs).withSizes(2, 64, 1).withDevice("auto");
  }

  /** A model trained for one epoch on 4 tiny tiles; written to {@code tmp/model}. */
  static TrainingReport trained(Path tmp) throws IOException {
    Path data = dataset(tmp.resolve("data"), 4, 2);
    return LaneTrainer.train(data, tmp.resolve("model"), options(1), ProgressMonitor.NONE);
  }
}
