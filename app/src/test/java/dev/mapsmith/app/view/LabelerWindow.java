package dev.mapsmith.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.app.gui.AppContext;
import dev.mapsmith.app.port.Availability;
import dev.mapsmith.app.port.DemoDrivePort;
import dev.mapsmith.app.port.ReconstructionPort;
import dev.mapsmith.app.port.Services;
import dev.mapsmith.app.port.ViewportPort;
import dev.mapsmith.app.prefs.AppPreferences;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.app.testing.LabelerProjects;
import dev.mapsmith.app.testing.TestDrives;
import dev.mapsmith.app.testing.TestProjects;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.reconstruction.ReconstructionResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window for the labeler's UI tests: the project store, a fake reconstruction that counts
 * its runs, the {@link LabelerProjects} project open in the top view; and what a user does there
 * (click a world point, press keys, answer a prompt) and sees (the status bar, the file).
 */
final class LabelerWindow {

  final AppContext ctx;
  final AtomicInteger reconstructions = new AtomicInteger();

  /** What the fake reconstruction returns for an area; null: it fails (the default). */
  volatile java.util.function.Function<Bounds2, ReconstructionResult> output;

  Path file;
  List<Long> ids;

  LabelerWindow(Stage stage) throws Exception {
    this(stage, TestDrives.opener(50));
  }

  /** The window whose File > Open opens drives with {@code drives}. */
  LabelerWindow(Stage stage, dev.mapsmith.app.port.DriveOpener drives) throws Exception {
    ReconstructionPort recon =
        new ReconstructionPort() {
          @Override
          public Availability availability() {
            return Availability.AVAILABLE;
          }

          @Override
          public ReconstructionResult run(List<DriveLog> d, Bounds2 a, ProgressMonitor m) {
            reconstructions.incrementAndGet();
            if (output == null) {
              throw new IllegalStateException("the test's reconstruction stops here");
            }
            return output.apply(a);
          }
        };
    Services services =
        new Services(
            drives,
            DemoDrivePort.missing("no demo in this test"),
            ViewportPort.missing("no renderer in this test"),
            Availability.AVAILABLE,
            recon);
    ctx = new AppContext(services, AppPreferences.load(Files.createTempDirectory("prefs")), false);
    ctx.window().setDialogsEnabled(false);
    stage.setScene(ctx.window().createScene(1280, 800));
    stage.show();
  }

  /** Opens the fixture project and shows the top view. */
  LabelerWindow openProject(FxRobot robot, Path dir) throws Exception {
    file = dir.resolve("labeler-" + System.nanoTime() + ".mapsmith");
    ids = LabelerProjects.write(file);
    Job job = onFx(() -> ctx.viewModel().open(file));
    assertThat(job.done().get(10, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.SUCCEEDED);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("Top view");
    WaitForAsyncUtils.waitForFxEvents();
    key(robot, KeyCode.DIGIT0); // fit
    return this;
  }

  /** Opens the drive at {@code path} (made by the window's opener) and waits for it. */
  void openDrive(Path path) throws Exception {
    Job job = onFx(() -> ctx.viewModel().open(path));
    assertThat(job.done().get(10, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.SUCCEEDED);
    WaitForAsyncUtils.waitForFxEvents();
  }

  /**
   * Turns the wheel {@code n} notches at {@code at} as a desktop platform reports them (40 pixels
   * of scroll each); Monocle's robot reports raw wheel units instead, so the event is made here.
   */
  void wheel(Point2D at, int n) throws Exception {
    Node top = topNode();
    onFx(
        () -> {
          Point2D scene = top.localToScene(top.screenToLocal(at)); // events carry scene x, y
          for (int i = 0; i < Math.abs(n); i++) {
            double d = Math.signum(n) * 40;
            javafx.event.Event.fireEvent(
                top,
                new javafx.scene.input.ScrollEvent(
                    javafx.scene.input.ScrollEvent.SCROLL,
                    scene.getX(),
                    scene.getY(),
                    at.getX(),
                    at.getY(),
                    false,
                    false,
                    false,
                    false,
                    false,
                    false,
                    0,
                    d,
                    0,
                    0,
                    javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE,
                    0,
                    javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.LINES,
                    Math.signum(n) * 3,
                    0,
                    null));
          }
          return null;
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** Zooms in with the wheel at world point (wx, wy) until a metre is at least {@code ppm} px. */
  void zoomIn(double wx, double wy, double ppm) throws Exception {
    while (pixelsPerMetre() < ppm) {
      wheel(screen(wx, wy), 1);
    }
  }

  long id(int which) {
    return ids.get(which);
  }

  void close() throws Exception {
    WaitForAsyncUtils.asyncFx(ctx::close).get(10, TimeUnit.SECONDS);
  }

  static <T> T onFx(Callable<T> c) throws Exception {
    return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
  }

  PlanCoordinates plan() {
    return ctx.window().topView();
  }

  /** The top view as a node (for events and sizes). */
  Node topNode() {
    return ctx.window().lookup("#top-view");
  }

  /** The top view's zoom: screen pixels per metre. */
  double pixelsPerMetre() throws Exception {
    return onFx(() -> plan().worldToScreen(1, 0).getX() - plan().worldToScreen(0, 0).getX());
  }

  Point2D screen(double wx, double wy) throws Exception {
    return onFx(() -> plan().worldToScreen(wx, wy));
  }

  void click(FxRobot robot, double wx, double wy) throws Exception {
    robot.clickOn(screen(wx, wy), MouseButton.PRIMARY);
    WaitForAsyncUtils.waitForFxEvents();
  }

  void shiftClick(FxRobot robot, double wx, double wy) throws Exception {
    robot.press(KeyCode.SHIFT);
    robot.clickOn(screen(wx, wy), MouseButton.PRIMARY);
    robot.release(KeyCode.SHIFT);
    WaitForAsyncUtils.waitForFxEvents();
  }

  void key(FxRobot robot, KeyCode... keys) {
    if (keys.length == 1) {
      robot.type(keys[0]);
    } else {
      robot.push(keys);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  String status(FxRobot robot) {
    return robot.lookup("#status-message").queryAs(Label.class).getText();
  }

  /** The transient notice's text while it is shown, else null. */
  String notice(FxRobot robot) {
    Label toast = robot.lookup("#notice-toast").queryAs(Label.class);
    return toast.isVisible() ? toast.getText() : null;
  }

  /** The open prompt (a confirmation), or null. */
  DialogPane prompt(FxRobot robot) {
    return robot.lookup("#prompt").tryQueryAs(DialogPane.class).orElse(null);
  }

  /** Clicks the button named {@code text} of the open prompt. */
  void answer(FxRobot robot, String text) {
    DialogPane pane = prompt(robot);
    assertThat(pane).as("a prompt is open").isNotNull();
    Node b =
        pane.getButtonTypes().stream()
            .filter(t -> t.getText().equals(text))
            .map(pane::lookupButton)
            .findFirst()
            .orElseThrow();
    robot.clickOn((Button) b);
    WaitForAsyncUtils.waitForFxEvents();
  }

  long selectedId() throws Exception {
    return onFx(
        () -> {
          var p = ctx.viewModel().inspector().selectedProperty().get();
          return p == null ? 0L : p.id();
        });
  }

  /** The map in the project file once {@code done} holds (the writer thread may be behind). */
  LaneMap fileWhen(Predicate<LaneMap> done) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (true) {
      LaneMap m = TestProjects.readBack(file);
      if (done.test(m) || System.nanoTime() > deadline) {
        WaitForAsyncUtils.waitForFxEvents();
        return m;
      }
      Thread.sleep(30);
    }
  }

  /** The edit log's length once it has at least {@code n} entries (or after 10 s). */
  int editsWhen(int n) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (true) {
      int size;
      try (var p =
          dev.mapsmith.labeling.Project.open(file, dev.mapsmith.labeling.OpenOptions.READ_ONLY)) {
        size = p.editLog().size();
      }
      if (size >= n || System.nanoTime() > deadline) {
        WaitForAsyncUtils.waitForFxEvents();
        return size;
      }
      Thread.sleep(30);
    }
  }
}
