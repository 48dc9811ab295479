package dev.mapsmith.app.port;

import dev.mapsmith.viewer3d.CameraState;
import dev.mapsmith.viewer3d.Frame;
import dev.mapsmith.viewer3d.PickResult;
import dev.mapsmith.viewer3d.SceneData;
import java.util.concurrent.CompletableFuture;

/**
 * A started 3D renderer. Calls return at once; the work runs on the renderer's own thread and the
 * futures complete there. {@link #close()} waits for the render thread to free its GL objects.
 */
public interface ViewportRenderer extends AutoCloseable {

  /** Draws {@code scene} from {@code camera} into a width × height image. */
  CompletableFuture<Frame> render(SceneData scene, CameraState camera, int width, int height);

  /** What lies under pixel (x, y) (row 0 at the top) of the last rendered image. */
  CompletableFuture<PickResult> pick(int x, int y);

  /** The GL context in words, for the log. */
  String description();

  @Override
  void close();
}
