package dev.mapsmith.app.gui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javax.imageio.ImageIO;

/**
 * Renders a node to a PNG file (written to a temp file, then moved, so no partial file is left).
 */
public final class Screenshot {

  private Screenshot() {}

  /** Snapshots {@code node} at {@code scale} (2 for a high-DPI image). Call on the FX thread. */
  public static WritableImage capture(Node node, double scale) {
    SnapshotParameters params = new SnapshotParameters();
    params.setFill(Color.web("#1e1f22"));
    params.setTransform(Transform.scale(scale, scale));
    return node.snapshot(params, null);
  }

  public static void writePng(WritableImage image, Path file) throws IOException {
    int w = (int) image.getWidth(), h = (int) image.getHeight();
    int[] argb = new int[w * h];
    image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    out.setRGB(0, 0, w, h, argb, 0, w);
    Path abs = file.toAbsolutePath();
    if (abs.getParent() != null) {
      Files.createDirectories(abs.getParent());
    }
    Path tmp = Files.createTempFile(abs.getParent(), ".screenshot", ".png");
    try {
      if (!ImageIO.write(out, "png", tmp.toFile())) {
        throw new IOException("no PNG writer available");
      }
      Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
