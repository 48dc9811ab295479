package dev.mapsmith.drivelog;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes camera images (PNG, JPEG and whatever else ImageIO reads) only after their header's width
 * and height are checked: a small file that claims 100,000 × 100,000 pixels is refused before any
 * pixel memory is allocated, against the per-file memory budget of {@link InputFiles}.
 */
public final class CameraImages {

  /** The bytes per pixel counted for a decoded image (ImageIO's widest common type, ARGB). */
  static final int BYTES_PER_PIXEL = 4;

  private CameraImages() {}

  /** Reads and decodes an image file. */
  public static BufferedImage decode(Path file) throws DriveLogException {
    byte[] bytes = InputFiles.readAll(file, InputFiles.budgetBytes() / 4, "an image file");
    return decode(bytes, 0, bytes.length, file, "");
  }

  /** Decodes {@code length} bytes at {@code from}; errors name {@code file} and {@code where}. */
  public static BufferedImage decode(byte[] data, int from, int length, Path file, String where)
      throws DriveLogException {
    try (ImageInputStream in =
        ImageIO.createImageInputStream(new ByteArrayInputStream(data, from, length))) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new DriveLogException(file, where, "not an image format that can be decoded");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int w = reader.getWidth(0), h = reader.getHeight(0);
        if (w <= 0 || h <= 0) {
          throw new DriveLogException(file, where, "image header declares " + w + " × " + h);
        }
        InputFiles.requireMemory(
            file, where, (long) w * h * BYTES_PER_PIXEL, "a " + w + " × " + h + " pixel image");
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (DriveLogException e) {
      throw e;
    } catch (IOException | RuntimeException e) { // ImageIO reports damage as either
      throw new DriveLogException(file, where, "cannot decode image: " + e.getMessage(), e);
    }
  }
}
