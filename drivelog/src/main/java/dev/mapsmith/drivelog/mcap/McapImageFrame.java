package dev.mapsmith.drivelog.mcap;

import dev.mapsmith.drivelog.CameraFrame;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.mcap.ros2.CdrException;
import dev.mapsmith.drivelog.mcap.ros2.ImageMessages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A camera frame held in a bag: a {@code CompressedImage} (JPEG, PNG: decoded with ImageIO) or a
 * raw {@code Image} in {@code rgb8}, {@code bgr8}, {@code rgba8}, {@code bgra8} or {@code mono8}.
 * Its time is the log time from the bag's index.
 */
record McapImageFrame(int index, long timestampNs, McapFile bag, MessageRef ref, boolean compressed)
    implements CameraFrame {

  @Override
  public Path file() {
    return bag.path();
  }

  @Override
  public BufferedImage decode() throws DriveLogException {
    McapMessage m = bag.read(ref);
    try {
      ImageMessages img =
          compressed
              ? ImageMessages.compressed(m.buffer(), m.from(), m.to())
              : ImageMessages.raw(m.buffer(), m.from(), m.to());
      return compressed ? decodeCompressed(img) : RawImages.toImage(img);
    } catch (CdrException | IllegalArgumentException e) {
      throw new DriveLogException(
          bag.path(), where(), "image does not decode: " + e.getMessage(), e);
    }
  }

  private BufferedImage decodeCompressed(ImageMessages img) throws DriveLogException {
    BufferedImage out;
    try {
      out = ImageIO.read(new ByteArrayInputStream(img.buffer(), img.dataFrom(), img.dataLength()));
    } catch (IOException e) {
      throw new DriveLogException(
          bag.path(), where(), "cannot decode " + img.format() + ": " + e, e);
    }
    if (out == null) {
      throw new DriveLogException(
          bag.path(),
          where(),
          "'" + img.format() + "' image data is not a format that can be decoded");
    }
    return out;
  }

  private String where() {
    return "image message " + index + " (log time " + ref.logTimeNs() + ")";
  }
}
