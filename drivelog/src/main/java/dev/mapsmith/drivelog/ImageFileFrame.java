package dev.mapsmith.drivelog;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/** A camera frame stored as an image file (PNG, JPEG), decoded when asked. */
public record ImageFileFrame(int index, long timestampNs, Path file) implements CameraFrame {

  @Override
  public BufferedImage decode() throws DriveLogException {
    return CameraImages.decode(file); // dimensions checked before decoding; FIFOs refused
  }
}
