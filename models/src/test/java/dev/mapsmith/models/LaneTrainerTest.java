package dev.mapsmith.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.core.task.CancelFlag;
import dev.mapsmith.core.task.CancelledException;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.core.training.LaneClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaneTrainerTest {

  @TempDir Path tmp;

  @Test
  void savedModelReloadsAndReproducesTheRecordedValidationMetricsExactly() throws IOException {
    Path data = TinyModels.dataset(tmp.resolve("data"), 4, 2);
    List<Double> fractions = new ArrayList<>();
    TrainingReport r =
        LaneTrainer.train(
            data,
            tmp.resolve("model"),
            TinyModels.options(2),
            new CancelFlag((f, m) -> fractions.add(f)));
    assertThat(r.epochs()).hasSize(2);
    assertThat(r.bestEpoch()).isBetween(1, 2);
    assertThat(fractions).isNotEmpty().allMatch(f -> f >= 0 && f <= 1);
    assertThat(fractions.get(fractions.size() - 1)).isEqualTo(1.0);

    ModelSpec spec = ModelSpec.read(r.modelDir());
    assertThat(spec.validation().miou()).isEqualTo(r.spec().validation().miou());
    assertThat(spec.classes()).isEqualTo(LaneClass.keys());
    assertThat(spec.channels()).isEqualTo(ModelInput.CHANNELS);
    assertThat(spec.resolutionM()).isEqualTo(0.1);

    TrainingSet set = TrainingSet.open(data);
    ConfusionMatrix cm = new ConfusionMatrix(6);
    try (LaneSegmenter s = LaneSegmenter.load(r.modelDir())) {
      for (String id : set.valIds()) {
        TrainingTile t = set.read(id);
        cm.add(t.mask(), s.segment(t.chw(), 5, t.size(), t.size()));
      }
    }
    assertThat(cm.metrics()).isEqualTo(spec.validation());
  }

  @Test
  void aSpentTimeBudgetStartsNoFurtherEpochAndKeepsTheBestOne() throws IOException {
    Path data = TinyModels.dataset(tmp.resolve("data"), 4, 2);
    List<String> messages = new ArrayList<>();
    TrainingReport r =
        LaneTrainer.train(
            data,
            tmp.resolve("model"),
            TinyModels.options(5).withLimits(2, 1e-9),
            new CancelFlag((f, m) -> messages.add(m)));
    assertThat(r.epochs()).hasSize(1);
    assertThat(r.stoppedEarly()).isTrue();
    assertThat(ModelSpec.read(r.modelDir()).training()).containsEntry("crops_per_epoch", 2.0);
    // batch 2, at most 2 crops: one optimiser step per epoch, reported as one progress line
    assertThat(messages.stream().filter(m -> m.startsWith("epoch 1/5")).count()).isEqualTo(1);
  }

  @Test
  void anEpochWhoseWeightsGoBadRunsAgainFromTheLastGoodWeightsAtHalfTheRate() throws IOException {
    Path data = TinyModels.dataset(tmp.resolve("data"), 4, 2);
    boolean[] spoilt = {false};
    TrainingReport r =
        LaneTrainer.train(
            data,
            tmp.resolve("model"),
            TinyModels.options(3),
            ProgressMonitor.NONE,
            (epoch, step, block) -> {
              if (epoch == 2 && !spoilt[0]) {
                spoilt[0] = true;
                spoil(block);
              }
            });
    float rate = TinyModels.options(3).learningRate();
    assertThat(r.backoffs()).containsExactly(new Backoff(2, 2, 2, false, rate / 2));
    assertThat(r.epochs()).extracting(EpochReport::epoch).containsExactly(1, 2, 3);
    assertThat(r.epochs()).allMatch(e -> Double.isFinite(e.trainLoss()));
    assertThat(r.epochs())
        .extracting(EpochReport::learningRate)
        .containsExactly(rate, rate / 2, rate / 2);
    assertThat(r.stoppedEarly()).isFalse();
    assertThat(ModelSpec.read(r.modelDir()).training().get("backoffs")).asList().hasSize(1);
  }

  @Test
  void weightsThatKeepGoingBadEndTheRunWithTheBestEpochAfterThreeBackoffs() throws IOException {
    Path data = TinyModels.dataset(tmp.resolve("data"), 4, 2);
    TrainingReport r =
        LaneTrainer.train(
            data,
            tmp.resolve("model"),
            TinyModels.options(4),
            ProgressMonitor.NONE,
            (epoch, step, block) -> {
              if (epoch >= 2 && step == 0) {
                spoil(block);
              }
            });
    float rate = TinyModels.options(4).learningRate();
    assertThat(r.backoffs())
        .extracting(Backoff::learningRate)
        .containsExactly(rate / 2, rate / 4, rate / 8);
    assertThat(r.backoffs()).allMatch(b -> b.epoch() == 2);
    assertThat(r.bestEpoch()).isEqualTo(1);
    assertThat(r.stoppedEarly()).isTrue();
    TrainingSet set = TrainingSet.open(data);
    ConfusionMatrix cm = new ConfusionMatrix(6);
    try (LaneSegmenter s = LaneSegmenter.load(r.modelDir())) {
      for (String id : set.valIds()) {
        TrainingTile t = set.read(id);
        cm.add(t.mask(), s.segment(t.chw(), 5, t.size(), t.size()));
      }
    }
    // the saved weights are epoch 1's, not the spoilt ones
    assertThat(cm.metrics()).isEqualTo(r.epochs().get(0).validation());
  }

  /** Replaces the block's first weight with NaNs, as a bad update would. */
  private static void spoil(ai.djl.nn.Block block) {
    ai.djl.ndarray.NDArray w = block.getParameters().valueAt(0).getArray();
    w.intern(w.getManager().full(w.getShape(), Float.NaN));
  }

  @Test
  void cancellingStopsTrainingAndWritesNothing() throws IOException {
    Path data = TinyModels.dataset(tmp.resolve("data"), 4, 2);
    Path out = tmp.resolve("model");
    CancelFlag[] flag = new CancelFlag[1];
    flag[0] = new CancelFlag((f, m) -> flag[0].cancel());
    assertThatThrownBy(() -> LaneTrainer.train(data, out, TinyModels.options(3), flag[0]))
        .isInstanceOf(CancelledException.class);
    assertThat(out).doesNotExist();
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("data");
    }
  }

  @Test
  void earlyStoppingWaitsPatienceEpochsAfterTheBest() {
    EarlyStopping s = new EarlyStopping(2);
    assertThat(s.improved(1, 0.5)).isTrue();
    assertThat(s.improved(2, 0.6)).isTrue();
    assertThat(s.improved(3, 0.6)).isFalse();
    assertThat(s.shouldStop(3)).isFalse();
    assertThat(s.improved(4, 0.55)).isFalse();
    assertThat(s.shouldStop(4)).isTrue();
    assertThat(s.bestEpoch()).isEqualTo(2);
  }

  @Test
  void gpuWithoutAGpuIsAClearError() throws IOException {
    Path data = TinyModels.dataset(tmp.resolve("data"), 2, 1);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        ai.djl.engine.Engine.getInstance().getGpuCount() == 0, "a GPU is present");
    assertThatThrownBy(
            () ->
                LaneTrainer.train(
                    data,
                    tmp.resolve("m"),
                    TinyModels.options(1).withDevice("gpu"),
                    ProgressMonitor.NONE))
        .hasMessageContaining("no GPU");
    assertThat(tmp.resolve("m")).doesNotExist();
  }
}
