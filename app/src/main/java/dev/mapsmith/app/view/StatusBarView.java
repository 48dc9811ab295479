package dev.mapsmith.app.view;

import dev.mapsmith.app.task.JobBoard;
import dev.mapsmith.app.task.LogModel;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The status bar: the running job's message, progress and cancel button, and the log console. */
final class StatusBarView extends VBox {

  private static final javafx.css.PseudoClass REFUSED =
      javafx.css.PseudoClass.getPseudoClass("refused");

  /** The running job's message, else what the last action did or why it was refused. */
  static String statusText(String jobMessage, LogModel.Notice notice) {
    if (jobMessage != null && !jobMessage.isEmpty()) {
      return jobMessage;
    }
    return notice == null ? "Ready" : notice.text();
  }

  StatusBarView(JobBoard board, LogModel log) {
    getStyleClass().add("status-area");
    ListView<String> console = new ListView<>(log.lines());
    console.setId("log-console");
    console.getStyleClass().add("log-console");
    console.setPrefHeight(110);
    console.setFocusTraversable(false);
    // scrolled once the list view has taken the new lines in (scrolling inside the change
    // notification lands one layout behind, short of the newest line)
    boolean[] pending = {false};
    log.lines()
        .addListener(
            (javafx.collections.ListChangeListener<String>)
                c -> {
                  if (!pending[0]) {
                    pending[0] = true;
                    javafx.application.Platform.runLater(
                        () -> {
                          pending[0] = false;
                          console.scrollTo(Math.max(0, log.lines().size() - 1));
                        });
                  }
                });

    Label message = new Label();
    message.setId("status-message");
    message
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.createStringBinding(
                () -> statusText(board.messageProperty().get(), log.noticeProperty().get()),
                board.messageProperty(),
                log.noticeProperty()));
    log.noticeProperty()
        .addListener(
            (o, a, n) -> message.pseudoClassStateChanged(REFUSED, n != null && n.refusal()));
    ProgressBar progress = new ProgressBar();
    progress.setId("job-progress");
    progress.setPrefWidth(220);
    progress.progressProperty().bind(board.progressProperty());
    progress.visibleProperty().bind(board.currentProperty().isNotNull());
    Button cancel = new Button("Cancel");
    cancel.setId("job-cancel");
    cancel.setFocusTraversable(false);
    cancel.setTooltip(new Tooltip("Cancel the running job  (Escape)"));
    cancel.disableProperty().bind(board.currentProperty().isNull());
    cancel.visibleProperty().bind(board.currentProperty().isNotNull());
    cancel.setOnAction(e -> board.cancelCurrent());
    ToggleButton showLog = new ToggleButton("Log");
    showLog.setId("toggle-log");
    showLog.setFocusTraversable(false);
    showLog.setSelected(true);
    showLog.setTooltip(new Tooltip("Show or hide the log"));
    console.visibleProperty().bind(showLog.selectedProperty());
    console.managedProperty().bind(showLog.selectedProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar = new HBox(8, message, spacer, progress, cancel, showLog);
    bar.getStyleClass().add("status-bar");
    getChildren().addAll(console, bar);
  }
}
