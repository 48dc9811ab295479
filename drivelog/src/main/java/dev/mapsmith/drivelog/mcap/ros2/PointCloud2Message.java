package dev.mapsmith.drivelog.mcap.ros2;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code sensor_msgs/msg/PointCloud2}: header, height × width points of {@code pointStep} bytes
 * laid out by {@code fields}; the point bytes are {@code buffer[dataFrom..dataFrom+dataLength)}
 * (not copied). Checked on decoding: every field lies inside the point step, and the data holds all
 * the points.
 */
public record PointCloud2Message(
    RosHeader header,
    int height,
    int width,
    List<PointField> fields,
    boolean bigEndian,
    int pointStep,
    byte[] buffer,
    int dataFrom,
    int dataLength) {

  public int pointCount() {
    return height * width;
  }

  /** The field named {@code name}, or null. */
  public PointField field(String name) {
    for (PointField f : fields) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    return null;
  }

  public static PointCloud2Message decode(byte[] b, int from, int to) {
    CdrCursor c = new CdrCursor(b, from, to);
    RosHeader h = RosHeader.read(c);
    long height = c.u32(), width = c.u32();
    int nf = c.sequence(4 + 4 + 1 + 4);
    List<PointField> fields = new ArrayList<>(nf);
    for (int i = 0; i < nf; i++) {
      String name = c.string();
      long offset = c.u32();
      int type = c.u8();
      long count = c.u32();
      fields.add(
          new PointField(
              name,
              (int) Math.min(offset, Integer.MAX_VALUE),
              type,
              (int) Math.min(count, Integer.MAX_VALUE)));
    }
    boolean bigEndian = c.bool();
    long step = c.u32();
    c.u32(); // row_step
    int[] len = new int[1];
    int start = c.bytes(len);
    long points = height * width;
    if (points > Integer.MAX_VALUE || step > Integer.MAX_VALUE || points * step > len[0]) {
      throw new CdrException(
          height
              + "x"
              + width
              + " points of "
              + step
              + " bytes do not fit in the "
              + len[0]
              + " data bytes",
          c.offset());
    }
    for (PointField f : fields) {
      if (f.size() == 0 || (long) f.offset() + f.size() > step) {
        throw new CdrException(
            "point field '"
                + f.name()
                + "' (offset "
                + f.offset()
                + ", datatype "
                + f.datatype()
                + ") does not fit in a point of "
                + step
                + " bytes",
            c.offset());
      }
    }
    return new PointCloud2Message(
        h, (int) height, (int) width, List.copyOf(fields), bigEndian, (int) step, b, start, len[0]);
  }
}
