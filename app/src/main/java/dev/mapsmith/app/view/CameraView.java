package dev.mapsmith.app.view;

import dev.mapsmith.app.viewmodel.CameraViewModel;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/** The camera panel: the current frame, kept in step with the timeline, and its caption. */
final class CameraView extends BorderPane {

  CameraView(CameraViewModel vm) {
    getStyleClass().add("camera-panel");
    ImageView image = new ImageView();
    image.setPreserveRatio(true);
    image.setSmooth(true);
    Label placeholder = new Label();
    placeholder.getStyleClass().add("placeholder");
    placeholder.textProperty().bind(vm.captionProperty());
    placeholder.visibleProperty().bind(vm.imageProperty().isNull());
    StackPane frame = new StackPane(image, placeholder);
    frame.getStyleClass().add("camera-frame");
    frame.setMinSize(0, 0);
    image.fitWidthProperty().bind(frame.widthProperty());
    image.fitHeightProperty().bind(frame.heightProperty());
    vm.imageProperty()
        .addListener((o, a, b) -> image.setImage(b == null ? null : FxImages.toFx(b)));
    Label caption = new Label();
    caption.textProperty().bind(vm.captionProperty());
    caption.getStyleClass().add("caption");
    BorderPane.setAlignment(caption, Pos.CENTER_LEFT);
    setCenter(frame);
    setBottom(caption);
  }
}
