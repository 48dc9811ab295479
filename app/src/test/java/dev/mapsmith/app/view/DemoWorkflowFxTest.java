package dev.mapsmith.app.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mapsmith.app.gui.AppContext;
import dev.mapsmith.app.port.Services;
import dev.mapsmith.app.prefs.AppPreferences;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.app.testing.TestDrives;
import dev.mapsmith.app.testing.TestProjects;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.EditLogEntry;
import dev.mapsmith.labeling.OpenOptions;
import dev.mapsmith.labeling.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * End to end on Monocle headless with the real modules wired (drivelog, reconstruction, labeling,
 * viewer3d): a demo-style project on a small generated drive; draw an area and reconstruct it; move
 * a vertex by mouse, undo and redo by keyboard; accept with A; export Lanelet2. The project file is
 * read back after every step.
 */
@ExtendWith(ApplicationExtension.class)
class DemoWorkflowFxTest {

  @TempDir static Path dir;
  static Path drive;
  private AppContext ctx;

  @BeforeAll
  static void makeDrive() throws Exception {
    drive = TestDrives.sharedStraight();
  }

  @Start
  void start(Stage stage) throws Exception {
    ctx =
        new AppContext(
            Services.wired(), AppPreferences.load(Files.createTempDirectory("prefs")), false);
    ctx.window().setDialogsEnabled(false);
    stage.setScene(ctx.window().createScene(1280, 800));
    stage.show();
  }

  @AfterEach
  void close() throws Exception {
    WaitForAsyncUtils.asyncFx(ctx::close).get(10, TimeUnit.SECONDS);
  }

  private <T> T onFx(Callable<T> c) throws Exception {
    return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
  }

  private static void finished(Job job, long seconds) throws Exception {
    assertThat(job).isNotNull();
    assertThat(job.done().get(seconds, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.SUCCEEDED);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Waits until the project's edit log has {@code n} entries (the writer thread is behind). */
  private static List<EditLogEntry> editLog(Path file, int n) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (true) {
      try (Project p = Project.open(file, OpenOptions.READ_ONLY)) {
        List<EditLogEntry> log = p.editLog();
        if (log.size() >= n || System.nanoTime() > deadline) {
          return log;
        }
      }
      Thread.sleep(50);
    }
  }

  private void waitForJobs() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (onFx(() -> ctx.viewModel().tasks().board().runningCount()) > 0
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
  }

  private Point2D onScreen(PlanCoordinates top, double wx, double wy) throws Exception {
    return onFx(() -> top.worldToScreen(wx, wy));
  }

  @Test
  void reconstructEditReviewAndExportAreInTheProjectFile(FxRobot robot) throws Exception {
    // 1. the demo-style project: the drive, and a project in its frame
    finished(onFx(() -> ctx.viewModel().open(drive)), 30);
    Path file = dir.resolve("demo.mapsmith");
    finished(onFx(() -> ctx.viewModel().createProject(file)), 10);
    assertThat(TestProjects.readBack(file).primitives()).isEmpty();

    // 2. draw an area with the Area tool (B) in the top view, reconstruct it with Ctrl+R
    robot.clickOn("Top view");
    PlanCoordinates top = ctx.window().topView();
    WaitForAsyncUtils.waitForFxEvents();
    robot.type(KeyCode.B);
    Point2D[] corners =
        onFx(
            () ->
                new Point2D[] {
                  new Point2D(top.screenBounds().getMinX() + 20, top.screenBounds().getMinY() + 20),
                  new Point2D(top.screenBounds().getMaxX() - 20, top.screenBounds().getMaxY() - 20)
                });
    robot.drag(corners[0]).dropTo(corners[1]);
    Bounds2 area = ctx.viewModel().areaSelectionProperty().get();
    assertThat(area).as("the rectangle drawn").isNotNull();
    assertThat(area.width()).isGreaterThan(10);
    robot.press(KeyCode.CONTROL).type(KeyCode.R).release(KeyCode.CONTROL);
    Job recon = onFx(() -> ctx.viewModel().tasks().board().currentProperty().get());
    if (recon != null) {
      recon.done().get(60, TimeUnit.SECONDS);
    }
    List<EditLogEntry> log = editLog(file, 1);
    assertThat(log).hasSize(1);
    assertThat(log.get(0).description()).startsWith("reconstruct classical");
    LaneMap afterRecon = TestProjects.readBack(file);
    assertThat(afterRecon.primitives()).isNotEmpty();
    assertThat(afterRecon.primitives())
        .extracting(Primitive::review)
        .containsOnly(ReviewState.AUTO);
    try (Project p = Project.open(file, OpenOptions.READ_ONLY)) {
      assertThat(p.areas()).hasSize(1);
      assertThat(p.areas().get(0).bounds()).isEqualTo(area);
      assertThat(p.drives()).singleElement().satisfies(d -> assertThat(d.path()).isEqualTo(drive));
    }
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(ctx.viewModel().mapProperty().get().primitives())
        .hasSameSizeAs(afterRecon.primitives());

    waitForJobs(); // the lidar for the 3D view and the ground heights
    // 3. select the longest primitive, move its first vertex 2 m north with the Move tool (M)
    Primitive target =
        afterRecon.primitives().stream()
            .max(
                Comparator.comparingDouble(
                    p -> p.geometry().bounds().width() + p.geometry().bounds().height()))
            .orElseThrow();
    onFx(
        () -> {
          ctx.viewModel().inspector().selectedProperty().set(target);
          return null;
        });
    Point3 before = target.geometry().point(0);
    robot.type(KeyCode.M);
    robot
        .drag(onScreen(top, before.x(), before.y()))
        .dropTo(onScreen(top, before.x(), before.y() + 2));
    editLog(file, 2);
    Point3 moved = TestProjects.readBack(file).get(target.id()).orElseThrow().geometry().point(0);
    assertThat(moved.y()).isCloseTo(before.y() + 2, within(0.5));
    // the height snaps to the lidar ground there, close to the reconstructed line's own height
    double ground = onFx(() -> ctx.viewModel().groundZ(moved.x(), moved.y(), Double.NaN));
    assertThat(ground).as("lidar ground under the new position").isNotNaN();
    assertThat(moved.z()).isEqualTo(ground);
    assertThat(moved.z()).isCloseTo(before.z(), within(0.3));

    // 4. undo (Ctrl+Z) and redo (Ctrl+Shift+Z)
    robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    editLog(file, 3);
    assertThat(TestProjects.readBack(file).get(target.id()).orElseThrow().geometry().point(0))
        .isEqualTo(before);
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT)
        .type(KeyCode.Z)
        .release(KeyCode.SHIFT, KeyCode.CONTROL);
    editLog(file, 4);
    assertThat(TestProjects.readBack(file).get(target.id()).orElseThrow().geometry().point(0))
        .isEqualTo(moved);

    // 5. accept (A)
    robot.type(KeyCode.A);
    editLog(file, 5);
    LaneMap reviewed = TestProjects.readBack(file);
    assertThat(reviewed.get(target.id()).orElseThrow().review()).isEqualTo(ReviewState.VERIFIED);
    assertThat(reviewed.primitives().stream().filter(p -> p.review() == ReviewState.AUTO))
        .hasSize(reviewed.primitives().size() - 1);

    // 6. export Lanelet2; the map read back matches the project
    Path osm = dir.resolve("export").resolve("map.osm");
    Files.createDirectories(osm.getParent());
    finished(onFx(() -> ctx.viewModel().checks().export(osm)), 30);
    LaneMap exported = dev.mapsmith.drivelog.map.Lanelet2Maps.read(osm, null).map();
    assertThat(exported.primitives()).hasSameSizeAs(reviewed.primitives());
    assertThat(exported.get(target.id()).orElseThrow().geometry().point(0).y())
        .isCloseTo(moved.y(), within(1e-3));
    assertThat(editLog(file, 5)).as("exporting does not change the project").hasSize(5);
  }
}
