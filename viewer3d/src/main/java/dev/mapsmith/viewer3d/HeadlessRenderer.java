package dev.mapsmith.viewer3d;

import dev.mapsmith.core.geom.Point3;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/**
 * Renders a scene to a PNG with no display (EGL surfaceless on Mesa, or a GPU). Starts and closes
 * its own viewport, so each call pays the context start (about 0.1–0.3 s); keep a {@link Viewport}
 * for many images. Blocks the calling thread.
 */
public final class HeadlessRenderer {

  /**
   * Point budget for stills: larger than the interactive one, since one frame may take a second on
   * software GL (about 0.2 s per million points on llvmpipe).
   */
  public static final long STILL_BUDGET = 4_000_000;

  private HeadlessRenderer() {}

  /**
   * Renders with full level of detail and writes {@code out} atomically (a temporary file beside
   * it, then a rename), so a failure leaves no partial file. Returns the frame.
   */
  public static Frame renderToPng(
      SceneData scene, CameraState camera, int width, int height, Path out) throws IOException {
    Frame frame = render(scene, camera, width, height);
    writePng(frame, out);
    return frame;
  }

  /** Renders one complete frame, with a point budget of {@link #STILL_BUDGET}. */
  public static Frame render(SceneData scene, CameraState camera, int width, int height) {
    return render(scene, camera, width, height, null);
  }

  /** Renders one complete frame, with eye-dome lighting unless {@code edl} is null. */
  public static Frame render(
      SceneData scene, CameraState camera, int width, int height, EyeDomeLighting edl) {
    try (Viewport v =
        Viewport.start(width, height, ViewportOptions.DEFAULTS.withPointBudget(STILL_BUDGET))) {
      v.setEyeDomeLighting(edl);
      v.setScene(scene);
      v.setCamera(camera);
      return v.renderComplete().join();
    }
  }

  /** A camera of the given mode that frames the whole scene in a width × height image. */
  public static CameraState fit(SceneData scene, CameraMode mode, int width, int height) {
    SceneBounds b = SceneBounds.of(scene);
    CameraState start =
        mode == CameraMode.TOP
            ? CameraState.top(0, 0, 50)
            : CameraState.orbit(new Point3(0, 0, 0), 50).withMode(mode);
    return b.isEmpty() ? start : start.focus(b.min(), b.max(), (double) width / height);
  }

  /** Writes a frame as an opaque PNG, atomically. */
  public static void writePng(Frame frame, Path out) throws IOException {
    BufferedImage img =
        new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_INT_RGB);
    img.setRGB(0, 0, frame.width(), frame.height(), frame.argb(), 0, frame.width());
    writePng(img, out);
  }

  /** Writes an image as PNG, atomically. */
  public static void writePng(BufferedImage img, Path out) throws IOException {
    Path dir = out.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path tmp = Files.createTempFile(dir, out.getFileName().toString(), ".part");
    try {
      if (!ImageIO.write(img, "png", tmp.toFile())) {
        throw new IOException("no PNG writer available for " + out);
      }
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
