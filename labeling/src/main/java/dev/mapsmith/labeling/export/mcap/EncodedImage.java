package dev.mapsmith.labeling.export.mcap;

import dev.mapsmith.drivelog.CameraFrame;
import dev.mapsmith.drivelog.InputFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * A camera frame as JPEG or PNG bytes: the file itself when it is one (no re-encoding), else the
 * decoded image encoded as PNG.
 */
record EncodedImage(byte[] bytes, String format) {

  static EncodedImage of(CameraFrame f) throws IOException {
    String name = f.file().getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
      return new EncodedImage(
          InputFiles.readAll(f.file(), InputFiles.budgetBytes() / 4, "an image file"), "jpeg");
    }
    if (name.endsWith(".png")) {
      return new EncodedImage(
          InputFiles.readAll(f.file(), InputFiles.budgetBytes() / 4, "an image file"), "png");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(f.decode(), "png", out);
    return new EncodedImage(out.toByteArray(), "png");
  }
}
