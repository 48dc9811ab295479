package dev.mapsmith.app.view;

import dev.mapsmith.app.viewmodel.TimelineViewModel;
import javafx.animation.AnimationTimer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The timeline: play/pause, a frame slider and the time; drives playback with a frame timer. */
final class TimelineView extends HBox {

  private long last = -1;

  TimelineView(TimelineViewModel vm) {
    getStyleClass().add("timeline");
    setSpacing(8);
    Button play = new Button();
    play.setId("play");
    play.setFocusTraversable(false);
    play.setTooltip(new Tooltip("Play / pause  (Space)"));
    play.textProperty()
        .bind(
            javafx.beans.binding.Bindings.when(vm.playingProperty())
                .then("Pause")
                .otherwise("Play"));
    play.disableProperty().bind(vm.frameCountProperty().isEqualTo(0));
    play.setOnAction(e -> vm.togglePlay());
    Slider slider = new Slider(0, 0, 0);
    slider.setId("timeline-slider");
    slider.setFocusTraversable(false);
    slider
        .maxProperty()
        .bind(vm.frameCountProperty().subtract(1).asObject().map(v -> Math.max(0, v)));
    slider.disableProperty().bind(vm.frameCountProperty().isEqualTo(0));
    slider.setBlockIncrement(1);
    slider
        .valueProperty()
        .addListener((o, a, b) -> vm.frameProperty().set((int) Math.round(b.doubleValue())));
    vm.frameProperty().addListener((o, a, b) -> slider.setValue(b.intValue()));
    HBox.setHgrow(slider, Priority.ALWAYS);
    Label time = new Label();
    time.getStyleClass().add("mono");
    time.textProperty().bind(vm.labelProperty());
    getChildren().addAll(play, slider, time);
    AnimationTimer timer =
        new AnimationTimer() {
          @Override
          public void handle(long now) {
            if (last >= 0) {
              vm.advance(now - last);
            }
            last = now;
          }
        };
    vm.playingProperty()
        .addListener(
            (o, a, playing) -> {
              last = -1;
              if (playing) {
                timer.start();
              } else {
                timer.stop();
              }
            });
  }
}
