package dev.mapsmith.reconstruction.learned;

import dev.mapsmith.core.raster.BevGrid;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Debug view of a class raster as a colour PNG, north up (written when the system property {@code
 * mapsmith.learned.dump} names a file): background black, solid white, dashed yellow, boundary red,
 * crosswalk blue, stop line green; cells that saw no point dark grey.
 */
final class ClassImage {

  private static final int[] COLOURS = {0x000000, 0xffffff, 0xffff00, 0xff0000, 0x3080ff, 0x00ff00};

  private ClassImage() {}

  static void write(BevGrid grid, int[] classes, float[] density, Path file) throws IOException {
    int w = grid.width(), h = grid.height();
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int row = 0; row < h; row++) {
      for (int col = 0; col < w; col++) {
        int i = row * w + col;
        int rgb = classes[i] == 0 && density[i] <= 0 ? 0x202020 : COLOURS[classes[i]];
        img.setRGB(col, h - 1 - row, rgb);
      }
    }
    ImageIO.write(img, "png", file.toFile());
  }
}
