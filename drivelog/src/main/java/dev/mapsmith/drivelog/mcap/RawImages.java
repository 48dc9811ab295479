package dev.mapsmith.drivelog.mcap;

import dev.mapsmith.drivelog.mcap.ros2.ImageMessages;
import java.awt.image.BufferedImage;

/** Converts raw {@code sensor_msgs/Image} pixels (8-bit encodings) into a BufferedImage. */
final class RawImages {

  private RawImages() {}

  static BufferedImage toImage(ImageMessages m) {
    int channels;
    boolean bgr;
    switch (m.format()) {
      case "rgb8" -> {
        channels = 3;
        bgr = false;
      }
      case "bgr8" -> {
        channels = 3;
        bgr = true;
      }
      case "rgba8" -> {
        channels = 4;
        bgr = false;
      }
      case "bgra8" -> {
        channels = 4;
        bgr = true;
      }
      case "mono8", "8UC1" -> {
        channels = 1;
        bgr = false;
      }
      default ->
          throw new IllegalArgumentException(
              "image encoding '"
                  + m.format()
                  + "' is not supported (rgb8, bgr8, rgba8, bgra8, mono8 are)");
    }
    int w = m.width(), h = m.height();
    if (w <= 0 || h <= 0) { // else a 0-wide image of 2^31 rows would pass the step check
      throw new IllegalArgumentException("image declares " + w + " × " + h + " pixels");
    }
    if ((long) w * channels > m.step()) {
      throw new IllegalArgumentException(
          "row step " + m.step() + " is shorter than " + w + " pixels of " + channels + " bytes");
    }
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    byte[] b = m.buffer();
    for (int y = 0; y < h; y++) {
      int row = m.dataFrom() + y * m.step();
      for (int x = 0; x < w; x++) {
        int p = row + x * channels;
        int r, g, bl;
        if (channels == 1) {
          r = g = bl = b[p] & 0xff;
        } else {
          r = b[p + (bgr ? 2 : 0)] & 0xff;
          g = b[p + 1] & 0xff;
          bl = b[p + (bgr ? 0 : 2)] & 0xff;
        }
        out.setRGB(x, y, r << 16 | g << 8 | bl);
      }
    }
    return out;
  }
}
