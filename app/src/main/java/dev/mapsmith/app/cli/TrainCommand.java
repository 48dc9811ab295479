package dev.mapsmith.app.cli;

import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.models.EpochReport;
import dev.mapsmith.models.LaneTrainer;
import dev.mapsmith.models.TrainingOptions;
import dev.mapsmith.models.TrainingReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mapsmith train}: trains the lane segmentation model on a training-set directory. */
@Command(
    name = "train",
    description = "Train the lane segmentation model on a training set (mapsmith export).")
public final class TrainCommand extends JsonCommand {

  @Option(names = "--dataset", required = true, description = "Training-set directory.")
  Path dataset;

  @Option(names = "--out", required = true, description = "Model directory to write.")
  Path out;

  @Option(names = "--epochs", defaultValue = "30", description = "Most epochs (default 30).")
  int epochs;

  @Option(names = "--patience", defaultValue = "8", description = "Early-stopping patience.")
  int patience;

  @Option(
      names = "--device",
      defaultValue = "auto",
      description = "auto (GPU if present), cpu or gpu.")
  String device;

  @Option(names = "--id", defaultValue = "lane-unet", description = "Model id for provenance.")
  String id;

  @Option(names = "--model-version", defaultValue = "1", description = "Model version.")
  String modelVersion;

  @Option(
      names = "--crops-per-tile",
      defaultValue = "2",
      description = "Random 128x128 crops per training tile per epoch (default 2).")
  int cropsPerTile;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed.")
  long seed;

  @Option(
      names = "--crops-per-epoch",
      defaultValue = "0",
      description = "Most crops per epoch, drawn at random (default 0: every tile's crops).")
  int cropsPerEpoch;

  @Option(
      names = "--max-minutes",
      defaultValue = "0",
      description = "Start no epoch after this many minutes; the best epoch is kept (0: none).")
  double maxMinutes;

  @Override
  protected String name() {
    return "train";
  }

  @Override
  protected Map<String, Object> execute(ProgressMonitor progress) throws Exception {
    if (!Files.isDirectory(dataset)) {
      throw new UsageException("--dataset " + dataset + " is not a directory");
    }
    if (epochs <= 0 || patience <= 0 || cropsPerTile <= 0) {
      throw new UsageException("--epochs, --patience and --crops-per-tile must be positive");
    }
    if (cropsPerEpoch < 0 || !(maxMinutes >= 0)) {
      throw new UsageException("--crops-per-epoch and --max-minutes must not be negative");
    }
    if (!device.equals("auto") && !device.equals("cpu") && !device.equals("gpu")) {
      throw new UsageException("--device must be auto, cpu or gpu, not " + device);
    }
    TrainingOptions options =
        TrainingOptions.of(
            epochs,
            patience,
            cropsPerTile,
            device,
            seed,
            id,
            modelVersion,
            cropsPerEpoch,
            maxMinutes);
    TrainingReport r = LaneTrainer.train(dataset, out, options, progress);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("model", r.modelDir().toString());
    result.put("id", r.spec().id());
    result.put("version", r.spec().version());
    result.put("device", r.device());
    result.put("epochs_run", r.epochs().size());
    result.put("best_epoch", r.bestEpoch());
    result.put("stopped_early", r.stoppedEarly());
    result.put("backoffs", r.backoffs().size());
    result.put("val_miou", r.spec().validation().miou());
    result.put("val_iou", new LinkedHashMap<>(r.spec().validation().iou()));
    Map<String, Object> history = new LinkedHashMap<>();
    for (EpochReport e : r.epochs()) {
      history.put(
          Integer.toString(e.epoch()),
          Map.of("train_loss", e.trainLoss(), "val_miou", e.validation().miou()));
    }
    result.put("history", history);
    result.put("seconds", Math.round(r.seconds() * 10) / 10.0);
    return result;
  }
}
