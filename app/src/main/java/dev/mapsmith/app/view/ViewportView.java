package dev.mapsmith.app.view;

import dev.mapsmith.app.viewmodel.MainViewModel;
import dev.mapsmith.app.viewmodel.ViewportViewModel;
import dev.mapsmith.viewer3d.CameraMode;
import dev.mapsmith.viewer3d.Frame;
import dev.mapsmith.viewer3d.PickResult;
import java.nio.IntBuffer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The centre's 3D viewport: shows viewer3d's offscreen frames through a {@link PixelBuffer} (one
 * copy of the pixels per frame, no GL here). Drag to orbit, right- or Shift-drag to pan, scroll to
 * zoom, click to select a primitive; "Top-down" switches to the labeling view. Where no renderer
 * can start, a label says why.
 */
final class ViewportView extends StackPane {

  private final ViewportViewModel vm;
  private final ImageView image = new ImageView();
  private PixelBuffer<IntBuffer> buffer;
  private IntBuffer pixels;
  private double lastX, lastY;

  ViewportView(MainViewModel main) {
    this.vm = main.viewport();
    getStyleClass().add("viewport");
    setId("viewport");
    setMinSize(0, 0);
    image.setId("viewport-image");
    image.setManaged(false);
    Label placeholder = new Label();
    placeholder.setId("viewport-placeholder");
    placeholder.getStyleClass().add("placeholder");
    placeholder.setWrapText(true);
    placeholder.textProperty().bind(vm.statusProperty());
    placeholder.visibleProperty().bind(vm.statusProperty().isNotEmpty());
    getChildren().addAll(image, placeholder, toolbar());
    widthProperty().addListener(o -> resized());
    heightProperty().addListener(o -> resized());
    vm.frameProperty().addListener((o, a, f) -> show(f));
    installMouse(main);
  }

  private HBox toolbar() {
    ToggleButton top = new ToggleButton("Top-down");
    top.setId("viewport-top");
    top.setTooltip(new Tooltip("Straight down, orthographic: the labeling view"));
    top.setOnAction(e -> vm.setMode(top.isSelected() ? CameraMode.TOP : CameraMode.ORBIT));
    Button fit = new Button("Fit");
    fit.setId("viewport-fit");
    fit.setTooltip(new Tooltip("Frame the drives and primitives"));
    fit.setOnAction(e -> vm.fit());
    HBox bar = new HBox(4, top, fit);
    bar.setPadding(new Insets(6));
    bar.setPickOnBounds(false);
    bar.setMaxSize(HBox.USE_PREF_SIZE, HBox.USE_PREF_SIZE);
    StackPane.setAlignment(bar, Pos.TOP_LEFT);
    return bar;
  }

  private void installMouse(MainViewModel main) {
    setOnMousePressed(
        e -> {
          lastX = e.getX();
          lastY = e.getY();
        });
    setOnMouseDragged(
        e -> {
          double dx = e.getX() - lastX, dy = e.getY() - lastY;
          lastX = e.getX();
          lastY = e.getY();
          if (e.getButton() == MouseButton.PRIMARY && !e.isShiftDown()) {
            vm.orbit(dx, dy);
          } else {
            vm.pan(dx, dy);
          }
        });
    setOnScroll(e -> vm.zoom(e.getDeltaY()));
    setOnMouseClicked(
        e -> {
          if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
          }
          vm.pick((int) e.getX(), (int) e.getY()).thenAccept(r -> select(main, r));
        });
  }

  private static void select(MainViewModel main, PickResult r) {
    if (r.primitiveId() == 0 || main.mapProperty().get() == null) {
      return;
    }
    main.inspector()
        .selectedProperty()
        .set(main.mapProperty().get().get(r.primitiveId()).orElse(null));
  }

  private void resized() {
    vm.setSize((int) Math.floor(getWidth()), (int) Math.floor(getHeight()));
  }

  /** Copies the frame's pixels into the image's buffer; a new buffer only when the size changes. */
  private void show(Frame f) {
    if (f == null) {
      return;
    }
    if (buffer == null || buffer.getWidth() != f.width() || buffer.getHeight() != f.height()) {
      pixels = IntBuffer.allocate(f.width() * f.height());
      buffer =
          new PixelBuffer<>(f.width(), f.height(), pixels, PixelFormat.getIntArgbPreInstance());
      image.setImage(new WritableImage(buffer));
      image.resize(f.width(), f.height());
    }
    buffer.updateBuffer(
        b -> {
          pixels.clear();
          pixels.put(f.argb(), 0, f.width() * f.height());
          return null;
        });
  }
}
