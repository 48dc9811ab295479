package dev.mapsmith.app.viewmodel;

import dev.mapsmith.app.port.ViewportPort;
import dev.mapsmith.app.port.ViewportRenderer;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.viewer3d.CameraMode;
import dev.mapsmith.viewer3d.CameraState;
import dev.mapsmith.viewer3d.Frame;
import dev.mapsmith.viewer3d.PickResult;
import dev.mapsmith.viewer3d.SceneBounds;
import dev.mapsmith.viewer3d.SceneData;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The 3D viewport's state: scene, camera and image size, and the latest rendered frame. Renders on
 * demand: a change of scene, camera or size asks for one frame; while a frame is being drawn on the
 * render thread, further changes are merged into one next frame; a frame whose level of detail is
 * not complete is followed by another while the camera rests. Everything here runs on the UI
 * thread, which never waits for the renderer.
 */
public final class ViewportViewModel implements AutoCloseable {

  private final ViewportPort port;
  private final Executor starter;
  private final Executor ui;
  private final ReadOnlyObjectWrapper<Frame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyLongWrapper frames = new ReadOnlyLongWrapper(this, "frames");
  private ViewportRenderer renderer;
  private SceneData scene = SceneData.EMPTY;
  private CameraState camera = CameraState.orbit(new Point3(0, 0, 0), 50);
  private int width;
  private int height;
  private boolean starting;
  private boolean inFlight;
  private boolean dirty;
  private boolean fitted;
  private boolean closed;
  private boolean shown = true;

  public ViewportViewModel(ViewportPort port, Executor starter, Executor ui) {
    this.port = port;
    this.starter = starter;
    this.ui = ui;
    status.set(
        port.availability().available()
            ? "starting the 3D renderer"
            : port.availability().reason());
  }

  /** The image size in pixels; the renderer starts on the first real size. */
  public void setSize(int w, int h) {
    if (w < 1 || h < 1 || (w == width && h == height)) {
      return;
    }
    width = w;
    height = h;
    if (renderer == null) {
      if (!starting && !closed && port.availability().available()) {
        start(); // renders once started
      }
      return;
    }
    requestRender();
  }

  private void start() {
    starting = true;
    int w = width, h = height;
    starter.execute(
        () -> {
          try {
            ViewportRenderer r = port.start(w, h);
            ui.execute(() -> attach(r));
          } catch (RuntimeException | LinkageError e) {
            String why = e.getMessage() == null ? e.toString() : e.getMessage();
            ui.execute(() -> status.set("3D viewport not available: " + why));
          }
        });
  }

  private void attach(ViewportRenderer r) {
    starting = false;
    if (closed) {
      r.close();
      return;
    }
    renderer = r;
    status.set("");
    requestRender();
  }

  /** Shows a new scene; the first scene with something in it is framed by the camera. */
  public void setScene(SceneData s) {
    scene = s;
    if (!fitted && !bounds().isEmpty()) {
      fit();
      fitted = true;
    }
    requestRender();
  }

  public SceneData scene() {
    return scene;
  }

  public CameraState camera() {
    return camera;
  }

  public void setCamera(CameraState c) {
    camera = c;
    requestRender();
  }

  /** Bounds of what the camera frames: trajectories and primitives (clouds would take a scan). */
  private SceneBounds bounds() {
    return SceneBounds.of(scene.withClouds(List.of()));
  }

  /** Points the camera at {@code p} from at most {@code distance} metres (flies to a finding). */
  public void lookAt(Point3 p, double distance) {
    setCamera(camera.withTarget(p).withDistance(Math.min(camera.distance(), distance)));
  }

  /** Frames the trajectories and primitives in the current mode. */
  public void fit() {
    SceneBounds b = bounds();
    if (!b.isEmpty()) {
      setCamera(camera.focus(b.min(), b.max(), aspect()));
    }
  }

  private double aspect() {
    return width < 1 || height < 1 ? 1.6 : (double) width / height;
  }

  /** Drag with the primary button: rotates about the target (TOP: turns the map). */
  public void orbit(double dxPixels, double dyPixels) {
    setCamera(camera.rotate(-dxPixels * 0.008, dyPixels * 0.008));
  }

  /** Drag with the secondary button: moves the target in the ground plane with the pointer. */
  public void pan(double dxPixels, double dyPixels) {
    double perPixel = metresPerPixel();
    double yaw = camera.yaw();
    double right = -dxPixels * perPixel;
    double ahead = dyPixels * perPixel;
    Point3 t = camera.target();
    setCamera(
        camera.withTarget(
            new Point3(
                t.x() + right * Math.sin(yaw) + ahead * Math.cos(yaw),
                t.y() - right * Math.cos(yaw) + ahead * Math.sin(yaw),
                t.z())));
  }

  private double metresPerPixel() {
    double h = Math.max(1, height);
    if (camera.mode() == CameraMode.TOP) {
      return 2 * camera.distance() / h;
    }
    return 2 * camera.distance() * Math.tan(Math.toRadians(camera.fovYDegrees()) / 2) / h;
  }

  /** Scroll: positive {@code wheel} zooms in. */
  public void zoom(double wheel) {
    setCamera(camera.zoom(Math.pow(1.0015, -wheel)));
  }

  /** Switches between the top-down labeling view and the orbit view, keeping the target. */
  public void setMode(CameraMode mode) {
    if (camera.mode() == mode) {
      return;
    }
    Point3 t = camera.target();
    CameraState next =
        mode == CameraMode.TOP
            ? CameraState.top(t.x(), t.y(), Math.max(5, camera.distance() * 0.6))
            : CameraState.orbit(t, Math.max(5, camera.distance() / 0.6)).withMode(mode);
    setCamera(next);
  }

  /** What is under pixel (x, y) of the shown image; completes on the UI thread. */
  public CompletableFuture<PickResult> pick(int x, int y) {
    CompletableFuture<PickResult> out = new CompletableFuture<>();
    if (renderer == null) {
      out.complete(PickResult.NOTHING);
      return out;
    }
    renderer
        .pick(x, y)
        .whenComplete(
            (r, e) ->
                ui.execute(
                    () -> {
                      if (e != null) {
                        out.completeExceptionally(e);
                      } else {
                        out.complete(r);
                      }
                    }));
    return out;
  }

  /**
   * Whether the viewport is on screen (its tab selected). While hidden, changes are only noted;
   * showing it again renders the latest state once.
   */
  public void setShown(boolean on) {
    if (shown == on) {
      return;
    }
    shown = on;
    if (on && dirty) {
      dirty = false;
      requestRender();
    }
  }

  private void requestRender() {
    if (renderer == null || width < 1 || closed) {
      return;
    }
    if (!shown) {
      dirty = true;
      return;
    }
    if (inFlight) {
      dirty = true;
      return;
    }
    inFlight = true;
    dirty = false;
    renderer
        .render(scene, camera, width, height)
        .whenComplete((f, e) -> ui.execute(() -> rendered(f, e)));
  }

  private void rendered(Frame f, Throwable e) {
    inFlight = false;
    if (closed) {
      return;
    }
    if (e != null) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      status.set("3D viewport failed: " + cause.getMessage());
      return;
    }
    frame.set(f);
    frames.set(frames.get() + 1);
    if (dirty || (!f.complete() && shown)) {
      dirty = false;
      requestRender();
    }
  }

  /** The latest frame (premultiplied ARGB, rows top first). */
  public ReadOnlyObjectProperty<Frame> frameProperty() {
    return frame.getReadOnlyProperty();
  }

  /** Empty while frames are shown; else why there are none (starting, or not available). */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** Frames delivered so far. */
  public ReadOnlyLongProperty framesProperty() {
    return frames.getReadOnlyProperty();
  }

  /** True when the latest state is drawn at full detail and nothing more is being rendered. */
  public boolean settled() {
    return renderer != null && !inFlight && frame.get() != null && frame.get().complete();
  }

  public String rendererDescription() {
    return renderer == null ? "" : renderer.description();
  }

  /** Stops rendering and frees the renderer (waits for its thread to free the GL objects). */
  @Override
  public void close() {
    closed = true;
    if (renderer != null) {
      renderer.close();
      renderer = null;
    }
  }
}
