package dev.mapsmith.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.app.model.LoadedDrive;
import dev.mapsmith.app.port.Services;
import dev.mapsmith.app.task.BackgroundExecutor;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.app.task.LogModel;
import dev.mapsmith.app.task.TaskExecutor;
import dev.mapsmith.app.testing.TestProjects;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.labeling.DriveRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each workflow's view-model stands alone: it runs against a small fake {@link Workbench}, without
 * the main view-model (ClassSizeTest checks that nothing downcasts the map).
 */
class WorkflowViewModelsTest {

  @TempDir Path dir;
  private final LogModel log = new LogModel();
  private final BackgroundExecutor tasks = new BackgroundExecutor(Runnable::run, log, 1);

  @AfterEach
  void close() {
    tasks.close();
  }

  /** A workbench with a map and no project session, drives or areas. */
  private final class Fake implements Workbench {
    final LaneMap map;
    final String reason;
    final List<String> refused = new ArrayList<>();

    Fake(LaneMap map, String reason) {
      this.map = map;
      this.reason = reason;
    }

    @Override
    public String reasonFor(Need need) {
      return need == Need.NOTHING ? "" : reason;
    }

    @Override
    public Job refuse(String message) {
      refused.add(message);
      return null;
    }

    @Override
    public TaskExecutor tasks() {
      return tasks;
    }

    @Override
    public LogModel log() {
      return log;
    }

    @Override
    public Services services() {
      return null;
    }

    @Override
    public ProjectSession session() {
      return null;
    }

    @Override
    public MapModel map() {
      return map == null ? null : MapModel.of(map);
    }

    @Override
    public List<LoadedDrive> openDrives() {
      return List.of();
    }

    @Override
    public List<DriveRecord> projectDrives() {
      return List.of();
    }

    @Override
    public int areaCount() {
      return 0;
    }

    @Override
    public double groundZ(double x, double y, double fallback) {
      return fallback;
    }

    @Override
    public void clearAreaSelection() {}
  }

  @Test
  void theMapChecksExportAMapFromAFakeWorkbench() throws Exception {
    LaneMap map = TestProjects.readBack(TestProjects.threeDividers(dir.resolve("p.mapsmith")));
    MapChecksViewModel checks = new MapChecksViewModel(new Fake(map, ""), new TruthViewModel());
    Path out = dir.resolve("map.geojson");
    assertThat(checks.export(out).done().get(5, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.SUCCEEDED);
    assertThat(Files.readString(out)).contains("divider");
  }

  @Test
  void workflowsRefuseWithTheWorkbenchsReason() {
    Fake w = new Fake(null, "open or create a project first");
    assertThat(new ReconstructionViewModel(w).reconstruct(null)).isNull();
    CurationViewModel curation = new CurationViewModel();
    TrainingPlanViewModel plan =
        new TrainingPlanViewModel(w, curation, Runnable::run, Runnable::run);
    assertThat(new TrainingSetViewModel(w, curation, plan).exportTrainingSet(dir)).isNull();
    assertThat(w.refused).hasSize(2).allMatch(m -> m.endsWith("open or create a project first"));
  }
}
