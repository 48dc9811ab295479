package dev.mapsmith.models.synthetic;

import dev.mapsmith.core.task.CancelFlag;
import dev.mapsmith.models.EpochReport;
import dev.mapsmith.models.LaneTrainer;
import dev.mapsmith.models.TrainingOptions;
import dev.mapsmith.models.TrainingReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rebuilds the shipped default model from scratch: writes the synthetic training set (400 train
 * tiles, {@link #VAL_TILES} validation tiles of 256 pixels) unless it exists, then trains with the
 * default options. Usage: {@code BuildDefaultModel DATASET_DIR MODEL_DIR [EPOCHS]}; see
 * docs/models.md.
 */
public final class BuildDefaultModel {

  /** Validation tiles of the default model; {@code DefaultModelTest} re-checks exactly these. */
  public static final int VAL_TILES = 8;

  public static final int TRAIN_TILES = 400;

  private BuildDefaultModel() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: BuildDefaultModel DATASET_DIR MODEL_DIR [EPOCHS]");
      System.exit(2);
    }
    Path data = Path.of(args[0]);
    int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    if (!Files.exists(data.resolve("manifest.json"))) {
      System.out.println("writing synthetic training set to " + data);
      SyntheticTrainingSet.write(data, TRAIN_TILES, VAL_TILES, 256);
    }
    TrainingOptions options =
        TrainingOptions.defaults(epochs).withIdentity("lane-unet-default", "1");
    TrainingReport r =
        LaneTrainer.train(
            data,
            Path.of(args[1]),
            options,
            new CancelFlag(
                (fraction, message) -> {
                  if (message.startsWith("epoch") && fraction > 0) {
                    System.out.print("\r" + Math.round(fraction * 100) + "% " + message + "   ");
                  }
                }));
    System.out.println();
    for (EpochReport e : r.epochs()) {
      System.out.printf(
          "epoch %d loss %.4f val mIoU %.4f (%.0f s) %s%n",
          e.epoch(), e.trainLoss(), e.validation().miou(), e.seconds(), e.validation().iou());
    }
    System.out.printf(
        "best epoch %d, mIoU %.4f, %s, %.0f s in all%n",
        r.bestEpoch(), r.spec().validation().miou(), r.device(), r.seconds());
  }
}
