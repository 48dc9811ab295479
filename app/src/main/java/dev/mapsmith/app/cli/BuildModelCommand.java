package dev.mapsmith.app.cli;

import dev.mapsmith.app.build.TrainingSetMerge;
import dev.mapsmith.app.build.TruthProject;
import dev.mapsmith.app.cli.benchmark.BenchDrive;
import dev.mapsmith.app.cli.benchmark.BenchDrives;
import dev.mapsmith.app.cli.benchmark.Suite;
import dev.mapsmith.app.cli.benchmark.SuiteReader;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.labeling.OpenOptions;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.labeling.export.ExportFilter;
import dev.mapsmith.labeling.export.training.UnreviewedTiles;
import dev.mapsmith.models.LaneTrainer;
import dev.mapsmith.models.TrainingOptions;
import dev.mapsmith.models.TrainingReport;
import dev.mapsmith.sampledrives.PoseNoise;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mapsmith build-model --suite train --work DIR --out MODEL_DIR}: rebuilds a lane model from
 * generated drives only, the one recipe of the shipped default model (docs/model-card.md). Each
 * drive of the suite (cached under {@code WORK/drives}, as the benchmark caches its drives) becomes
 * a project holding its ground-truth map as verified labels, then a training set; the sets are
 * merged with the suite's {@code validation_drives} as the validation split, and {@code mapsmith
 * train}'s trainer runs on the result. Every drive has exact poses (decision 0062), whatever the
 * suite's {@code pose_noise} says. Refuses the test suite.
 */
@Command(
    name = "build-model",
    description = "Rebuild a lane model from a training suite of generated drives.",
    sortOptions = false)
public final class BuildModelCommand extends JsonCommand {

  @Option(
      names = "--suite",
      defaultValue = "train",
      paramLabel = "NAME|FILE",
      description = "train (bench/suites/train.json, default) or a suite file; never test.")
  String suite;

  @Option(names = "--work", required = true, description = "Folder for drives and sets (reused).")
  Path work;

  @Option(names = "--out", required = true, description = "Model directory to write.")
  Path out;

  @Option(names = "--drives", defaultValue = "0", description = "Only the first N drives (0: all).")
  int driveLimit;

  @Option(names = "--epochs", defaultValue = "16", description = "Most epochs (default 16).")
  int epochs;

  @Option(names = "--patience", defaultValue = "5", description = "Early-stopping patience.")
  int patience;

  @Option(
      names = "--crops-per-epoch",
      defaultValue = "1600",
      description = "Random crops per epoch (default 1600; 0: every tile once).")
  int cropsPerEpoch;

  @Option(
      names = "--max-minutes",
      defaultValue = "55",
      description = "Start no epoch after this many minutes of training (default 55).")
  double maxMinutes;

  @Option(names = "--device", defaultValue = "auto", description = "auto, cpu or gpu.")
  String device;

  @Option(names = "--model-version", defaultValue = "4", description = "Version in model.json.")
  String modelVersion;

  @Override
  protected String name() {
    return "build-model";
  }

  @Override
  protected Map<String, Object> execute(ProgressMonitor progress) throws Exception {
    if (driveLimit < 0 || epochs <= 0 || patience <= 0 || cropsPerEpoch < 0 || maxMinutes < 0) {
      throw new UsageException(
          "--epochs and --patience must be positive; --drives, --crops-per-epoch and"
              + " --max-minutes must not be negative");
    }
    Suite s = SuiteReader.read(BenchmarkCommand.suiteFile(suite));
    if ("test".equals(s.name())) {
      throw new UsageException("the test suite is for reporting only; train on a training suite");
    }
    TrainingSuite plan = TrainingSuite.of(s, driveLimit);
    long start = System.nanoTime();
    List<Path> sets = prepare(plan, progress.slice(0, 0.5));
    double dataSeconds = (System.nanoTime() - start) / 1e9;
    Path merged = work.resolve("set");
    deleteTree(merged);
    String summary = TrainingSetMerge.merge(merged, plan.validationDriveIds(), sets);
    TrainingOptions options =
        TrainingOptions.of(
            epochs,
            patience,
            1,
            device,
            TrainingOptions.defaults(epochs).seed(),
            "lane-unet-default",
            modelVersion,
            cropsPerEpoch,
            maxMinutes);
    TrainingReport r = LaneTrainer.train(merged, out, options, progress.slice(0.5, 1));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("suite", s.name());
    result.put("drives", plan.drives().size());
    result.put("drive_ids", plan.drives().stream().map(TrainingSuite.Drive::label).toList());
    result.put("validation_drives", List.copyOf(plan.validationDriveIds()));
    result.put("set", summary);
    result.put("data_seconds", Math.round(dataSeconds));
    result.put("model", r.modelDir().toString());
    result.put("epochs_run", r.epochs().size());
    result.put("best_epoch", r.bestEpoch());
    result.put("backoffs", r.backoffs().size());
    result.put("val_miou", r.spec().validation().miou());
    result.put("val_iou", new LinkedHashMap<>(r.spec().validation().iou()));
    result.put("train_seconds", Math.round(r.seconds()));
    return result;
  }

  /** Generates (or reuses) each drive and its training set; returns the sets in suite order. */
  private List<Path> prepare(TrainingSuite plan, ProgressMonitor progress) throws Exception {
    BenchDrives cache = new BenchDrives(work.resolve("drives"));
    List<Path> sets = new ArrayList<>();
    int i = 0;
    for (TrainingSuite.Drive d : plan.drives()) {
      ProgressMonitor one =
          progress.slice(i / (double) plan.drives().size(), (i + 1.0) / plan.drives().size());
      one.progress(0, d.label());
      BenchDrive drive = cache.obtain(d.world(), d.seed(), PoseNoise.NONE, one.slice(0, 0.6));
      Path set = work.resolve("sets").resolve(drive.drive().getFileName() + "-" + d.world().id());
      if (!Files.exists(set.resolve("manifest.json"))) {
        deleteTree(set);
        Files.createDirectories(set.getParent());
        Path project = work.resolve("projects").resolve(set.getFileName() + ".mapsmith");
        Files.createDirectories(project.getParent());
        Files.deleteIfExists(project);
        TruthProject.write(project, List.of(drive.drive().toString()));
        try (Project p = Project.open(project, OpenOptions.READ_ONLY)) {
          TrainingSetFromProject.write(
              p, project, ExportFilter.APPROVED, UnreviewedTiles.LEAVE_OUT, set, one.slice(0.6, 1));
        }
      }
      sets.add(set);
      i++;
    }
    return sets;
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
