package dev.mapsmith.app.port;

import dev.mapsmith.viewer3d.CameraState;
import dev.mapsmith.viewer3d.Frame;
import dev.mapsmith.viewer3d.PickResult;
import dev.mapsmith.viewer3d.SceneData;
import dev.mapsmith.viewer3d.Viewport;
import java.util.concurrent.CompletableFuture;

/** {@link ViewportRenderer} over viewer3d's offscreen {@link Viewport} (EGL, own thread). */
public final class Viewer3dRenderer implements ViewportRenderer {

  private final Viewport viewport;
  private int width;
  private int height;

  private Viewer3dRenderer(Viewport viewport, int width, int height) {
    this.viewport = viewport;
    this.width = width;
    this.height = height;
  }

  /** Starts a viewport (a GL context on a new thread); throws when none can be made. */
  public static Viewer3dRenderer start(int width, int height) {
    return new Viewer3dRenderer(Viewport.start(width, height), width, height);
  }

  @Override
  public CompletableFuture<Frame> render(SceneData scene, CameraState camera, int w, int h) {
    if (w != width || h != height) {
      viewport.resize(w, h);
      width = w;
      height = h;
    }
    viewport.setScene(scene);
    viewport.setCamera(camera);
    return viewport.render();
  }

  @Override
  public CompletableFuture<PickResult> pick(int x, int y) {
    return viewport.pick(x, y);
  }

  @Override
  public String description() {
    return viewport.description();
  }

  @Override
  public void close() {
    viewport.close();
  }
}
