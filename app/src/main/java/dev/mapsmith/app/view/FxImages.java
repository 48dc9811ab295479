package dev.mapsmith.app.view;

import java.awt.image.BufferedImage;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Converts AWT images (decoded camera frames) to JavaFX images without javafx-swing. */
final class FxImages {

  private FxImages() {}

  static WritableImage toFx(BufferedImage img) {
    int w = img.getWidth(), h = img.getHeight();
    int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
    WritableImage out = new WritableImage(w, h);
    out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
    return out;
  }
}
