package dev.mapsmith.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.app.task.BackgroundExecutor;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.app.task.LogModel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The progress dialog the demo shows while its drive is generated: progress, then Cancel. */
@ExtendWith(ApplicationExtension.class)
class ProgressDialogFxTest {

  private final BackgroundExecutor tasks =
      new BackgroundExecutor(Platform::runLater, new LogModel(), 1);
  private Stage owner;

  @Start
  void start(Stage stage) {
    owner = stage;
    stage.setScene(new Scene(new StackPane(), 400, 300));
    stage.show();
  }

  @AfterEach
  void close() {
    tasks.close();
  }

  @Test
  void showsTheJobsProgressAndCancelStopsItAndClosesTheDialog(FxRobot robot) throws Exception {
    CompletableFuture<Void> running = new CompletableFuture<>();
    Stage[] dialog = new Stage[1];
    Job job =
        WaitForAsyncUtils.asyncFx(
                () -> {
                  Job j =
                      tasks.submit(
                          "Preparing the demo",
                          m -> {
                            while (true) {
                              m.progress(0.25, "generating sweep 75 of 300");
                              running.complete(null);
                              m.checkCancelled();
                              Thread.sleep(10);
                            }
                          },
                          r -> {});
                  dialog[0] = ProgressDialog.show(owner, tasks.board(), j);
                  return j;
                })
            .get(5, TimeUnit.SECONDS);
    running.get(5, TimeUnit.SECONDS);
    Thread.sleep(100); // progress is coalesced to the UI thread
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(dialog[0].isShowing()).isTrue();
    assertThat(robot.lookup("#progress-message").queryAs(Label.class).getText())
        .isEqualTo("Preparing the demo: generating sweep 75 of 300");
    assertThat(robot.lookup("#progress-bar").queryAs(ProgressBar.class).getProgress())
        .isEqualTo(0.25);

    robot.clickOn("#progress-cancel");

    assertThat(job.done().get(5, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.CANCELLED);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(dialog[0].isShowing()).isFalse();
  }
}
