package dev.mapsmith.drivelog;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/** One camera image, decoded on demand. */
public interface CameraFrame {

  int index();

  long timestampNs();

  Path file();

  BufferedImage decode() throws DriveLogException;
}
