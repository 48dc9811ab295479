package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.model.LoadedDrive;
import dev.mapsmith.app.ops.TrainingSetWriter;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.labeling.export.training.TrainingSetOptions;
import dev.mapsmith.labeling.export.training.TrainingSetPlan;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * Workflow 7, the training set: saves the curation's definition in the project and exports the
 * curated primitives with the open drives' lidar (in the project's frame), split and with the
 * unreviewed-tiles policy as the plan ({@link TrainingPlanViewModel}) shows them.
 */
public final class TrainingSetViewModel {

  private final Workbench w;
  private final CurationViewModel curation;
  private final TrainingPlanViewModel plan;

  TrainingSetViewModel(Workbench w, CurationViewModel curation, TrainingPlanViewModel plan) {
    this.w = w;
    this.curation = curation;
    this.plan = plan;
  }

  /** Saves the curated training-set definition in the project under {@code name}. */
  public CompletableFuture<String> saveTrainingSet(String name) {
    ProjectSession session = w.session();
    if (session == null || name == null || name.isBlank()) {
      return CompletableFuture.failedFuture(
          new IllegalStateException(
              session == null ? w.reasonFor(Need.PROJECT) : "give the training set a name"));
    }
    String json = curation.definitionJson();
    return session.call(
        p -> {
          p.saveTrainingSet(name.trim(), json);
          return name.trim();
        });
  }

  /**
   * Exports the curated training set (labels, lidar tiles, manifest) to {@code out}, a new folder.
   */
  public Job exportTrainingSet(Path out) {
    String reason = w.reasonFor(Need.PROJECT);
    if (!reason.isEmpty() || w.openDrives().isEmpty()) {
      return w.refuse(
          "cannot export a training set: "
              + (reason.isEmpty()
                  ? "open the project's drives first (their lidar is needed)"
                  : reason));
    }
    LaneMap snapshot = w.mapSnapshot();
    Predicate<Primitive> isLabel = curation.filter();
    List<DriveLog> logs = w.openDrives().stream().map(LoadedDrive::log).toList();
    TrainingSetOptions options = plan.options();
    String json = curation.definitionJson();
    return w.tasks()
        .submit(
            "Export training set " + out.getFileName(),
            m -> TrainingSetWriter.write(snapshot, isLabel, logs, options, json, out, m),
            r -> w.log().info("exported training set to " + out + ": " + written(r.plan())));
  }

  /** "train N tiles, val M tiles" and the tiles left out, as the log says it. */
  static String written(TrainingSetPlan p) {
    return "train "
        + p.figures("train").tiles()
        + " tiles, val "
        + p.figures("val").tiles()
        + " tiles"
        + (p.tilesLeftOut() == 0
            ? ""
            : ", " + p.tilesLeftOut() + " left out for unreviewed automatic primitives");
  }
}
