package dev.mapsmith.drivelog.mcap;

import dev.mapsmith.drivelog.CameraFrame;
import dev.mapsmith.drivelog.CameraImages;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.mcap.ros2.CdrException;
import dev.mapsmith.drivelog.mcap.ros2.ImageMessages;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

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
    return CameraImages.decode(
        img.buffer(), img.dataFrom(), img.dataLength(), bag.path(), where() + " " + img.format());
  }

  private String where() {
    return "image message " + index + " (log time " + ref.logTimeNs() + ")";
  }
}
