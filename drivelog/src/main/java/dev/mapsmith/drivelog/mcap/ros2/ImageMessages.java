package dev.mapsmith.drivelog.mcap.ros2;

/**
 * {@code sensor_msgs/msg/CompressedImage} (format, e.g. {@code jpeg} or {@code png}, and the
 * encoded bytes) and {@code sensor_msgs/msg/Image} (height, width, encoding such as {@code rgb8},
 * step, raw bytes). Image bytes are {@code buffer[dataFrom..dataFrom+dataLength)}, not copied.
 */
public record ImageMessages(
    RosHeader header,
    String format,
    int width,
    int height,
    int step,
    boolean bigEndian,
    byte[] buffer,
    int dataFrom,
    int dataLength) {

  public static ImageMessages compressed(byte[] b, int from, int to) {
    CdrCursor c = new CdrCursor(b, from, to);
    RosHeader h = RosHeader.read(c);
    String format = c.string();
    int[] len = new int[1];
    int start = c.bytes(len);
    return new ImageMessages(h, format, 0, 0, 0, false, b, start, len[0]);
  }

  public static ImageMessages raw(byte[] b, int from, int to) {
    CdrCursor c = new CdrCursor(b, from, to);
    RosHeader h = RosHeader.read(c);
    long height = c.u32(), width = c.u32();
    String encoding = c.string();
    boolean bigEndian = c.u8() != 0;
    long step = c.u32();
    int[] len = new int[1];
    int start = c.bytes(len);
    if (height > Integer.MAX_VALUE || width > Integer.MAX_VALUE || step * height > len[0]) {
      throw new CdrException(
          "image of "
              + width
              + "x"
              + height
              + " (step "
              + step
              + ") needs more than its "
              + len[0]
              + " data bytes",
          c.offset());
    }
    return new ImageMessages(
        h, encoding, (int) width, (int) height, (int) step, bigEndian, b, start, len[0]);
  }
}
