package dev.mapsmith.app.view;

import dev.mapsmith.app.port.ViewportPort;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

/**
 * The centre's 3D viewport. It shows the viewer3d renderer's frames through a PixelBuffer once that
 * module is wired; until then it says that the viewport is not available, and why.
 */
final class ViewportView extends StackPane {

  ViewportView(ViewportPort port) {
    getStyleClass().add("viewport");
    setId("viewport");
    setMinSize(0, 0);
    Label placeholder = new Label(port.availability().reason());
    placeholder.setId("viewport-placeholder");
    placeholder.getStyleClass().add("placeholder");
    placeholder.setWrapText(true);
    getChildren().add(placeholder);
  }
}
