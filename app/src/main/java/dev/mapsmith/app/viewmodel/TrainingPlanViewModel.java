package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.model.LoadedDrive;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.labeling.export.training.DriveLidar;
import dev.mapsmith.labeling.export.training.DriveSurvey;
import dev.mapsmith.labeling.export.training.TileSurvey;
import dev.mapsmith.labeling.export.training.TrainingSetOptions;
import dev.mapsmith.labeling.export.training.TrainingSetPlan;
import dev.mapsmith.labeling.export.training.TrainingSplit;
import dev.mapsmith.labeling.export.training.UnreviewedTiles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The training set before export (issue 22, point 8): the open drives to choose for validation (by
 * default the export's own choice), and the plan of the export, recomputed off the UI thread
 * whenever the curation, the validation drives or the map change: tiles, primitives and classes per
 * split, a warning for unreviewed automatic primitives in tiles, and a few tiles to preview. The
 * drives' lidar is surveyed once, in a job, the first time the plan is shown.
 */
public final class TrainingPlanViewModel {

  private final Workbench w;
  private final CurationViewModel curation;
  private final Executor background;
  private final Executor ui;
  private final Map<String, List<TileSurvey>> surveys = new LinkedHashMap<>();
  private final ObservableList<String> drives = FXCollections.observableArrayList();
  private final BooleanProperty leaveOutUnreviewed = new SimpleBooleanProperty(this, "leave", true);
  private final ReadOnlyObjectWrapper<PlanSummary> summary =
      new ReadOnlyObjectWrapper<>(this, "summary", PlanSummary.NONE);
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private boolean shown;
  private boolean surveying;
  private long project; // counts projects: a survey of the previous one is dropped
  private long generation;

  TrainingPlanViewModel(Workbench w, CurationViewModel curation, Executor background, Executor ui) {
    this.w = w;
    this.curation = curation;
    this.background = background;
    this.ui = ui;
    curation.counts().addListener((Observable o) -> replanIfShown());
    curation.validationDrives().addListener((Observable o) -> replanIfShown());
    leaveOutUnreviewed.addListener(o -> replanIfShown());
  }

  /** The tab is shown (plans, surveying the drives' lidar first where needed) or hidden. */
  public void setShown(boolean on) {
    shown = on;
    if (on) {
      refresh();
    }
  }

  /** The open drives changed: lists them and, with no validation drive chosen, the default. */
  void drivesChanged() {
    List<String> ids = w.openDrives().stream().map(LoadedDrive::id).toList();
    if (!ids.containsAll(curation.validationDrives()) || curation.validationDrives().isEmpty()) {
      curation.validationDrives().clear();
      curation
          .validationDrives()
          .addAll(TrainingSplit.defaultValDrives(ids, TrainingSetOptions.DEFAULT.valFraction()));
    }
    drives.setAll(ids); // after the validation drives: the view's toggles read them
    replanIfShown();
  }

  /** Another project (or none): forgets the surveys, which are in the old project's frame. */
  void projectChanged() {
    project++;
    surveys.clear();
    replanIfShown();
  }

  private void replanIfShown() {
    if (shown) {
      refresh();
    }
  }

  /** Surveys the drives not yet surveyed (in a job), then plans. */
  public void refresh() {
    LaneMap map = w.mapSnapshot();
    if (map == null || w.openDrives().isEmpty()) {
      publish(
          PlanSummary.NONE,
          map == null ? w.reasonFor(Need.PROJECT) : "open the project's drives (their lidar)");
      return;
    }
    List<LoadedDrive> missing =
        w.openDrives().stream().filter(d -> !surveys.containsKey(d.id())).toList();
    if (missing.isEmpty()) {
      plan(map);
    } else if (!surveying) {
      status.set("surveying the lidar of " + missing.size() + " drive(s)...");
      surveying = true;
      long forProject = project;
      Job job =
          w.tasks()
              .submit(
                  "Survey lidar for the training set",
                  m -> survey(missing, map, m),
                  found -> {
                    if (forProject == project) {
                      surveys.putAll(found);
                    }
                  });
      job.done().thenAccept(outcome -> ui.execute(() -> surveyed(outcome)));
    }
  }

  private void surveyed(Job.Outcome outcome) {
    surveying = false;
    if (outcome == Job.Outcome.SUCCEEDED) {
      replanIfShown();
    } else {
      status.set("the lidar survey did not finish; show the tab again to retry");
    }
  }

  private static Map<String, List<TileSurvey>> survey(
      List<LoadedDrive> list, LaneMap map, ProgressMonitor m) {
    Map<String, List<TileSurvey>> out = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      DriveLidar lidar = DriveLidar.of(list.get(i).log(), map.frame());
      DriveLidar named = new DriveLidar(list.get(i).id(), lidar.worldClouds());
      out.put(
          list.get(i).id(),
          DriveSurvey.of(
              named,
              TrainingSetOptions.DEFAULT.minDensityFraction(),
              m.slice((double) i / list.size(), (i + 1.0) / list.size())));
    }
    return out;
  }

  private void plan(LaneMap map) {
    Map<String, List<TileSurvey>> open = new LinkedHashMap<>();
    w.openDrives().forEach(d -> open.put(d.id(), surveys.get(d.id())));
    Predicate<Primitive> isLabel = curation.filter();
    TrainingSetOptions options = options();
    long gen = ++generation;
    status.set("planning...");
    background.execute(
        () -> {
          PlanSummary s = PlanSummary.of(TrainingSetPlan.of(map, isLabel, open, options));
          ui.execute(
              () -> {
                if (gen == generation) {
                  publish(s, "");
                }
              });
        });
  }

  private void publish(PlanSummary s, String message) {
    summary.set(s);
    status.set(message);
  }

  /** The export's options as chosen here: validation drives and the unreviewed-tiles policy. */
  TrainingSetOptions options() {
    return TrainingSetOptions.DEFAULT
        .withValDrives(List.copyOf(curation.validationDrives()))
        .with(leaveOutUnreviewed.get() ? UnreviewedTiles.LEAVE_OUT : UnreviewedTiles.AS_BACKGROUND);
  }

  /** The open drives, to choose for validation. */
  public ObservableList<String> drives() {
    return drives;
  }

  /** Whether tiles with unreviewed automatic primitives are left out (else background). */
  public BooleanProperty leaveOutUnreviewedProperty() {
    return leaveOutUnreviewed;
  }

  /** The latest plan's figures, warning and previews. */
  public ReadOnlyObjectProperty<PlanSummary> summaryProperty() {
    return summary.getReadOnlyProperty();
  }

  /** What the plan is waiting for ("surveying...", "planning...", a reason), or "". */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }
}
