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
import dev.mapsmith.app.testing.TestDrives;
import dev.mapsmith.app.viewmodel.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window on Monocle headless: layout, keyboard shortcuts, a job in the status bar. */
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {

  @TempDir static Path dir;
  private AppContext ctx;

  @Start
  void start(Stage stage) throws Exception {
    Services services =
        new Services(
            TestDrives.opener(50),
            DemoDrivePort.missing("no demo in this test"),
            ViewportPort.missing("viewport not available: no renderer in this test"),
            Availability.missing("needs the labeling project store"),
            ReconstructionPort.missing("needs the reconstruction module"));
    ctx = new AppContext(services, AppPreferences.load(Files.createTempDirectory("prefs")), false);
    ctx.window().setDialogsEnabled(false);
    stage.setScene(ctx.window().createScene(1280, 800));
    stage.show();
  }

  @AfterEach
  void close() throws Exception {
    WaitForAsyncUtils.asyncFx(ctx::close).get(5, TimeUnit.SECONDS);
  }

  private Job onFx(java.util.concurrent.Callable<Job> c) throws Exception {
    return WaitForAsyncUtils.asyncFx(c).get(5, TimeUnit.SECONDS);
  }

  @Test
  void showsThePanelsAndTheViewportPlaceholder(FxRobot robot) {
    assertThat(robot.lookup("#viewport-placeholder").queryAs(Label.class).getText())
        .isEqualTo("viewport not available: no renderer in this test");
    assertThat(robot.lookup("#top-view").tryQuery()).isPresent();
    assertThat(robot.lookup("#inspector-table").tryQuery()).isPresent();
    assertThat(
            robot
                .lookup("#tool-move-vertex")
                .queryAs(javafx.scene.control.ToggleButton.class)
                .isDisabled())
        .isTrue();
    assertThat(
            robot
                .lookup("#tool-select")
                .queryAs(javafx.scene.control.ToggleButton.class)
                .isDisabled())
        .isFalse();
  }

  @Test
  void keyboardStepsTheTimelineAndF1OpensTheCheatSheet(FxRobot robot) throws Exception {
    Path drive = Files.createDirectories(dir.resolve("drive"));
    Job job = onFx(() -> ctx.viewModel().open(drive));
    assertThat(job.done().get(5, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.SUCCEEDED);
    WaitForAsyncUtils.waitForFxEvents();

    robot.type(KeyCode.RIGHT);
    robot.type(KeyCode.RIGHT);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(ctx.viewModel().timeline().frameProperty().get()).isEqualTo(2);
    assertThat(robot.lookup(".timeline .mono").queryAs(Label.class).getText())
        .contains("frame 3 of 50");

    robot.type(
        KeyCode.M); // disabled: needs a project, so the tool stays Select and the log says why
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(ctx.viewModel().tools().activeProperty().get()).isEqualTo(Tool.SELECT);
    assertThat(ctx.viewModel().log().lines())
        .anyMatch(l -> l.contains("Move vertex") && l.contains("labeling"));

    robot.type(KeyCode.F1);
    WaitForAsyncUtils.waitForFxEvents();
    Window sheet =
        robot.listTargetWindows().stream()
            .filter(w -> w instanceof Stage s && "Keyboard shortcuts".equals(s.getTitle()))
            .findFirst()
            .orElseThrow();
    assertThat(robot.from(sheet.getScene().getRoot()).lookup("Ctrl+Shift+Z").tryQuery())
        .isPresent();
    WaitForAsyncUtils.asyncFx(() -> ((Stage) sheet).close()).get(5, TimeUnit.SECONDS);
  }

  @Test
  void statusBarShowsARunningJobAndCancelStopsIt(FxRobot robot) throws Exception {
    CompletableFuture<Void> running = new CompletableFuture<>();
    Job job =
        onFx(
            () ->
                ctx.viewModel()
                    .tasks()
                    .submit(
                        "Long test job",
                        m -> {
                          while (true) {
                            m.progress(0.4, "working");
                            running.complete(null);
                            m.checkCancelled();
                            Thread.sleep(10);
                          }
                        },
                        r -> {}));
    running.get(5, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(robot.lookup("#status-message").queryAs(Label.class).getText())
        .isEqualTo("Long test job: working");
    Button cancel = robot.lookup("#job-cancel").queryButton();
    assertThat(cancel.isDisabled()).isFalse();

    robot.clickOn(cancel);

    assertThat(job.done().get(5, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.CANCELLED);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(cancel.isDisabled()).isTrue();
    assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).isEqualTo("Ready");
    @SuppressWarnings("unchecked")
    ListView<String> console = robot.lookup("#log-console").queryAs(ListView.class);
    assertThat(console.getItems()).anyMatch(l -> l.contains("cancelled: Long test job"));
  }
}
