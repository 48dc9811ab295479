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
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editing tools on a real project file (three dividers along x from 0 to 40 m at y = 0, 3.5, 7;
 * vertices every 10 m), without the JavaFX toolkit; the file is read back after each edit.
 */
class EditToolsTest {

  @TempDir Path dir;
  private final LogModel log = new LogModel();
  private final BackgroundExecutor tasks = new BackgroundExecutor(Runnable::run, log, 1);
  private MainViewModel vm;
  private Path file;
  private List<Primitive> lines;

  @BeforeEach
  void open() throws Exception {
    file = TestProjects.threeDividers(dir.resolve("p.mapsmith"));
    Services s =
        new Services(
            TestDrives.opener(5),
            DemoDrivePort.missing("no demo"),
            ViewportPort.missing("no viewport"),
            Availability.AVAILABLE,
            ReconstructionPort.missing("no reconstruction"));
    vm = new MainViewModel(s, tasks, log, null, Runnable::run, Runnable::run, Runnable::run);
    assertThat(vm.open(file).done().get(5, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.SUCCEEDED);
    lines =
        vm.mapProperty().get().primitives().stream()
            .sorted(Comparator.comparingLong(Primitive::id))
            .toList();
    vm.inspector().selectedProperty().set(lines.get(0));
  }

  @AfterEach
  void close() {
    vm.close();
    tasks.close();
  }

  private Primitive inFile(long id) {
    return TestProjects.readBack(file).get(id).orElseThrow();
  }

  @Test
  void insertAndDeleteVertexWhereClicked() throws Exception {
    long id = lines.get(0).id();
    vm.editTools().click(Tool.INSERT_VERTEX, 15, 0.1, 0.5).get(5, TimeUnit.SECONDS);
    Primitive p = inFile(id);
    assertThat(p.geometry().size()).isEqualTo(6);
    assertThat(p.geometry().point(2)).isEqualTo(new Point3(15, 0.1, 0.1)); // no lidar: mean height
    vm.editTools().click(Tool.DELETE_VERTEX, 30.2, 0, 0.5).get(5, TimeUnit.SECONDS);
    assertThat(inFile(id).geometry().size()).isEqualTo(5);
    assertThat(vm.editTools().click(Tool.DELETE_VERTEX, 25, 0, 0.5))
        .as("no vertex within the pick radius")
        .isNull();
  }

  @Test
  void deleteTheSelectedPrimitiveAndAcceptEverythingAutomaticInTheDrawnArea() throws Exception {
    long gone = lines.get(0).id();
    vm.editTools().deleteSelected().get(5, TimeUnit.SECONDS);
    assertThat(TestProjects.readBack(file).get(gone)).isEmpty();
    assertThat(vm.inspector().selectedProperty().get()).isNull();
    assertThat(vm.editTools().deleteSelected()).as("nothing selected").isNull();

    assertThat(vm.editTools().reviewAllInArea(ReviewState.VERIFIED)).as("no area").isNull();
    vm.areaSelectionProperty().set(new Bounds2(-1, 2, 50, 4)); // touches the line at y = 3.5
    vm.editTools().reviewAllInArea(ReviewState.VERIFIED).get(5, TimeUnit.SECONDS);
    assertThat(inFile(lines.get(1).id()).review()).isEqualTo(ReviewState.VERIFIED);
    assertThat(inFile(lines.get(2).id()).review()).isEqualTo(ReviewState.AUTO);
    vm.editing().undo().get(5, TimeUnit.SECONDS);
    assertThat(inFile(lines.get(1).id()).review()).isEqualTo(ReviewState.AUTO);
  }

  @Test
  void splitMergeReverseAndChangeClass() throws Exception {
    long id = lines.get(0).id();
    vm.editTools().click(Tool.SPLIT, 20, 0, 0.5).get(5, TimeUnit.SECONDS);
    LaneMap afterSplit = TestProjects.readBack(file);
    assertThat(afterSplit.primitives()).hasSize(4);
    assertThat(afterSplit.get(id).orElseThrow().geometry().size()).isEqualTo(3);

    vm.inspector().selectedProperty().set(vm.mapProperty().get().get(id).orElseThrow());
    vm.editTools().click(Tool.MERGE, 35, 0, 0.5).get(5, TimeUnit.SECONDS); // the split-off half
    LaneMap afterMerge = TestProjects.readBack(file);
    assertThat(afterMerge.primitives()).hasSize(3);
    assertThat(afterMerge.get(id).orElseThrow().geometry().size()).isEqualTo(5);

    vm.inspector().selectedProperty().set(vm.mapProperty().get().get(id).orElseThrow());
    vm.editTools().reverseSelected().get(5, TimeUnit.SECONDS);
    assertThat(inFile(id).geometry().point(0).x()).isEqualTo(40);
    vm.editTools().setClassOfSelected(MapClass.BOUNDARY).get(5, TimeUnit.SECONDS);
    assertThat(inFile(id).mapClass()).isEqualTo(MapClass.BOUNDARY);
  }

  @Test
  void drawAPolylinePointByPointAndFinishIt() throws Exception {
    assertThat(vm.editTools().click(Tool.DRAW_POLYLINE, 0, 20, 0.5)).isNull();
    vm.editTools().click(Tool.DRAW_POLYLINE, 10, 20, 0.5);
    vm.editTools().click(Tool.DRAW_POLYLINE, 20, 21, 0.5);
    assertThat(vm.editTools().draft()).hasSize(3);
    var created =
        vm.editTools()
            .finishDrawing(Tool.DRAW_POLYLINE, MapClass.DIVIDER)
            .get(5, TimeUnit.SECONDS)
            .created();
    assertThat(vm.editTools().draft()).isEmpty();
    Primitive drawn = inFile(created.get(0));
    assertThat(drawn.mapClass()).isEqualTo(MapClass.DIVIDER);
    assertThat(drawn.geometry().size()).isEqualTo(3);
    assertThat(drawn.geometry().point(2)).isEqualTo(new Point3(20, 21, 0));
    assertThat(TestProjects.readBack(file).primitives()).hasSize(4);
  }
}
