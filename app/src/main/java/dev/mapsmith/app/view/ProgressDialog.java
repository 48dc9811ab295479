package dev.mapsmith.app.view;

import dev.mapsmith.app.task.Job;
import dev.mapsmith.app.task.JobBoard;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A small window that shows one long job's progress (e.g. generating the demo drive) with a Cancel
 * button, and closes itself when the job ends. The job runs in the background either way.
 */
public final class ProgressDialog {

  private ProgressDialog() {}

  /** Shows the dialog over {@code owner} until {@code job} ends. */
  public static Stage show(Window owner, JobBoard board, Job job) {
    Label title = new Label(job.title());
    title.getStyleClass().add("heading");
    Label message = new Label();
    message.setId("progress-message");
    message.textProperty().bind(board.messageProperty());
    ProgressBar bar = new ProgressBar();
    bar.setId("progress-bar");
    bar.setPrefWidth(380);
    bar.progressProperty().bind(board.progressProperty());
    Button cancel = new Button("Cancel");
    cancel.setId("progress-cancel");
    cancel.setOnAction(e -> job.cancel());
    VBox box = new VBox(10, title, bar, message, cancel);
    box.setPadding(new Insets(16));
    box.getStyleClass().add("progress-dialog");
    Stage stage = new Stage();
    stage.setTitle(job.title());
    if (owner != null) {
      stage.initOwner(owner);
      stage.initModality(Modality.WINDOW_MODAL);
    }
    Scene scene = new Scene(box);
    scene.getStylesheets().add(Theme.stylesheet());
    stage.setScene(scene);
    stage.setOnCloseRequest(e -> job.cancel());
    job.done().thenRun(stage::close);
    stage.show();
    return stage;
  }
}
