package dev.mapsmith.app.view;

import dev.mapsmith.app.viewmodel.MainViewModel;
import dev.mapsmith.app.viewmodel.ViewportViewModel;
import dev.mapsmith.viewer3d.CameraMode;
import dev.mapsmith.viewer3d.Frame;
import dev.mapsmith.viewer3d.PickResult;
import java.nio.IntBuffer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
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
import javafx.stage.Window;

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
    // high-DPI: the renderer draws at the window's render scale, the image shows it at layout size
    sceneProperty()
        .addListener(
            (o, a, scene) -> {
              if (scene != null) {
                scene
                    .windowProperty()
                    .addListener(
                        (o2, w0, w) -> {
                          if (w != null) {
                            w.renderScaleXProperty().addListener(x -> resized());
                            resized();
                          }
                        });
              }
            });
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
            vm.pan(dx * scale(), dy * scale());
          }
        });
    setOnScroll(e -> vm.zoom(e.getDeltaY()));
    setOnMouseClicked(
        e -> {
          if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
          }
          double k = scale();
          vm.pick((int) (e.getX() * k), (int) (e.getY() * k)).thenAccept(r -> select(main, r));
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

  /** Device pixels per layout pixel: the window's render scale (2 on a typical high-DPI screen). */
  double scale() {
    Scene scene = getScene();
    Window w = scene == null ? null : scene.getWindow();
    double k = w == null ? 1 : w.getRenderScaleX();
    return k > 0 ? k : 1;
  }

  private void resized() {
    double k = scale();
    vm.setSize((int) Math.floor(getWidth() * k), (int) Math.floor(getHeight() * k));
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
    }
    double k = scale();
    image.setFitWidth(f.width() / k);
    image.setFitHeight(f.height() / k);
    buffer.updateBuffer(
        b -> {
          pixels.clear();
          pixels.put(f.argb(), 0, f.width() * f.height());
          return null;
        });
  }
}
