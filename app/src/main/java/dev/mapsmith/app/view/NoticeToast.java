package dev.mapsmith.app.view;

import dev.mapsmith.app.task.LogModel;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * A transient notice over the views: why the last action was refused, shown where the user is
 * looking for {@link #SHOWN} and then hidden (the status bar and the log keep it).
 */
final class NoticeToast extends Label {

  static final Duration SHOWN = Duration.seconds(4);

  private final PauseTransition hide = new PauseTransition(SHOWN);

  NoticeToast(LogModel log) {
    setId("notice-toast");
    getStyleClass().add("notice-toast");
    setMnemonicParsing(false);
    setWrapText(true);
    setMaxWidth(600);
    setMouseTransparent(true);
    setVisible(false);
    StackPane.setAlignment(this, Pos.BOTTOM_CENTER);
    hide.setOnFinished(e -> setVisible(false));
    log.noticeProperty()
        .addListener(
            (o, a, n) -> {
              if (n != null && n.refusal()) {
                setText(n.text());
                setVisible(true);
                hide.playFromStart();
              }
            });
  }
}
