package dev.mapsmith.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.app.port.Availability;
import dev.mapsmith.app.port.DemoDrivePort;
import dev.mapsmith.app.port.ReconstructionPort;
import dev.mapsmith.app.port.Services;
import dev.mapsmith.app.port.ViewportPort;
import dev.mapsmith.app.task.BackgroundExecutor;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.app.task.LogModel;
import dev.mapsmith.app.testing.TestDrives;
import dev.mapsmith.app.testing.TestProjects;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing a real project file through the ViewModel, without the JavaFX toolkit. */
class ProjectEditingTest {

  @TempDir Path dir;
  private final LogModel log = new LogModel();
  private final BackgroundExecutor tasks = new BackgroundExecutor(Runnable::run, log, 1);
  private MainViewModel vm;
  private Path file;

  @BeforeEach
  void open() throws Exception {
    file = TestProjects.threeDividers(dir.resolve("p.mapsmith"));
    Services s =
        new Services(
            TestDrives.opener(5),
            DemoDrivePort.missing("no demo"),
            ViewportPort.missing("no viewport"),
            Availability.AVAILABLE,
            ReconstructionPort.missing("needs reconstruction"));
    vm = new MainViewModel(s, tasks, log, null, Runnable::run, Runnable::run, Runnable::run);
    Job job = vm.open(file);
    assertThat(job).as(String.valueOf(vm.alertProperty().get())).isNotNull();
    assertThat(job.done().get(5, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.SUCCEEDED);
  }

  @AfterEach
  void close() {
    vm.close();
    tasks.close();
  }

  private Primitive first() {
    return vm.mapProperty().get().primitives().iterator().next();
  }

  @Test
  void openingAProjectShowsItsPrimitivesAndEnablesTheEditingTools() {
    assertThat(vm.mapProperty().get().primitives()).hasSize(3);
    assertThat(ExplorerItem.textOf(vm.explorer().find("divider (3)").getChildren().get(0)))
        .isEqualTo("auto (3)");
    assertThat(vm.tools().isEnabled(Tool.MOVE_VERTEX)).isTrue();
    assertThat(vm.titleProperty().get()).isEqualTo("Mapsmith - p.mapsmith");
  }

  @Test
  void moveUndoRedoAndAcceptAreInTheFileAfterEachStep() throws Exception {
    Primitive p = first();
    Point3 before = p.geometry().point(2);
    vm.editing().moveVertex(p.id(), 2, new Point3(20, 1.25, before.z())).get(5, TimeUnit.SECONDS);
    LaneMap file1 = TestProjects.readBack(file);
    assertThat(file1.get(p.id()).orElseThrow().geometry().point(2))
        .isEqualTo(new Point3(20, 1.25, before.z()));
    assertThat(vm.undoProperty().get()).isNotEmpty();

    vm.editing().undo().get(5, TimeUnit.SECONDS);
    assertThat(TestProjects.readBack(file).get(p.id()).orElseThrow().geometry().point(2))
        .isEqualTo(before);
    vm.editing().redo().get(5, TimeUnit.SECONDS);
    assertThat(TestProjects.readBack(file).get(p.id()).orElseThrow().geometry().point(2))
        .isEqualTo(new Point3(20, 1.25, before.z()));

    vm.inspector().selectedProperty().set(vm.mapProperty().get().get(p.id()).orElseThrow());
    vm.editing().review(ReviewState.VERIFIED).get(5, TimeUnit.SECONDS);
    assertThat(TestProjects.readBack(file).get(p.id()).orElseThrow().review())
        .isEqualTo(ReviewState.VERIFIED);
    assertThat(vm.inspector().rows()).contains(new AttributeRow("review", "verified", false));
  }

  @Test
  void aCuratedTrainingSetIsSavedInTheProject() throws Exception {
    Primitive p = first();
    vm.inspector().selectedProperty().set(p);
    vm.editing().review(ReviewState.VERIFIED).get(5, TimeUnit.SECONDS);
    assertThat(vm.curation().total("train")).isEqualTo(1); // only approved primitives by default
    assertThat(vm.trainingSets().saveTrainingSet("lanes-v1").get(5, TimeUnit.SECONDS))
        .isEqualTo("lanes-v1");
    try (dev.mapsmith.labeling.Project read =
        dev.mapsmith.labeling.Project.open(file, dev.mapsmith.labeling.OpenOptions.READ_ONLY)) {
      assertThat(read.trainingSets()).containsOnlyKeys("lanes-v1");
      assertThat(read.trainingSets().get("lanes-v1"))
          .contains("\"train\":{\"divider\":1}")
          .contains("\"validation_drives\":[]");
    }
  }

  @Test
  void validationListsFindingsAndShowingOneSelectsItsPrimitiveAndFliesThere() throws Exception {
    Primitive p = first();
    // a vertex on top of its neighbour: the duplicate-vertex validator reports it
    vm.editing().moveVertex(p.id(), 1, p.geometry().point(0)).get(5, TimeUnit.SECONDS);
    int n = vm.checks().validate().get(5, TimeUnit.SECONDS);
    assertThat(n).isPositive();
    var finding =
        vm.explorer().find("Findings").getChildren().stream()
            .map(c -> (dev.mapsmith.app.model.FindingRow) c.getValue().payload())
            .filter(f -> f.primitiveId() == p.id())
            .findFirst()
            .orElseThrow();
    assertThat(finding.location()).isNotNull();
    vm.showFinding(finding);
    assertThat(vm.inspector().selectedProperty().get().id()).isEqualTo(p.id());
    assertThat(vm.focusProperty().get()).isEqualTo(finding.location());
    assertThat(vm.viewport().camera().target()).isEqualTo(finding.location());
  }

  @Test
  void nextUnreviewedSkipsReviewedPrimitives() throws Exception {
    Primitive p = first();
    vm.inspector().selectedProperty().set(p);
    vm.editing().review(ReviewState.REJECTED).get(5, TimeUnit.SECONDS);
    assertThat(vm.editing().nextUnreviewed()).isTrue();
    Primitive next = vm.inspector().selectedProperty().get();
    assertThat(next.id()).isNotEqualTo(p.id());
    assertThat(next.review()).isEqualTo(ReviewState.AUTO);
  }

  @Test
  void inspectorEditsAnAttributeInTheFile() throws Exception {
    Primitive p = first();
    vm.inspector().selectedProperty().set(p);
    assertThat(vm.inspector().edit("color", "yellow")).isTrue();
    // the edit runs on the (direct) writer: it is in the file now
    assertThat(TestProjects.readBack(file).get(p.id()).orElseThrow().attributes().get("color"))
        .hasValue("yellow");
    assertThat(vm.inspector().rows()).contains(new AttributeRow("color", "yellow", true));
  }

  @Test
  void aFileThatIsNotAProjectGivesAClearFailure() throws Exception {
    Path fake = dir.resolve("fake.mapsmith");
    byte[] bytes = new byte[64];
    System.arraycopy(
        "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, bytes, 0, 16);
    Files.write(fake, bytes);
    Job job = vm.open(fake);
    assertThat(job.done().get(5, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.FAILED);
    assertThat(tasks.board().lastFailureProperty().get()).contains("fake.mapsmith");
    assertThat(vm.mapProperty().get().primitives()).as("the open project stays").hasSize(3);
  }
}
