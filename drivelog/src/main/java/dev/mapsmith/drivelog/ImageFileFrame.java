package dev.mapsmith.drivelog;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** A camera frame stored as an image file (PNG, JPEG), decoded when asked. */
public record ImageFileFrame(int index, long timestampNs, Path file) implements CameraFrame {

  @Override
  public BufferedImage decode() throws DriveLogException {
    InputFiles.size(file); // a FIFO or folder named like a frame is refused, not waited on
    BufferedImage img;
    try {
      img = ImageIO.read(file.toFile());
    } catch (IOException e) {
      throw new DriveLogException(file, "", "cannot decode image: " + e.getMessage(), e);
    }
    if (img == null) {
      throw new DriveLogException(file, "", "not an image file that can be decoded");
    }
    return img;
  }
}
