package dev.mapsmith.drivelog.pcd;

import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.PointCloud;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * Copies binary PCD values into a {@link PointCloud}: interleaved points (binary data, a chunk at a
 * time) or field after field (decompressed binary_compressed data). A non-finite coordinate fails
 * with the point and byte offset.
 */
final class PcdFields {

  private final Path file;
  private final PcdHeader h;
  private final int[] xyz;
  private final int intensity;
  private final int time;
  private final PointCloud out;
  private final int base;

  PcdFields(Path file, PcdHeader h, int[] xyz, int intensity, int time, PointCloud out) {
    this(file, h, xyz, intensity, time, out, 0);
  }

  /** As the other constructor; {@code out}'s point 0 is the file's point {@code base}. */
  PcdFields(Path file, PcdHeader h, int[] xyz, int intensity, int time, PointCloud out, int base) {
    this.file = file;
    this.h = h;
    this.xyz = xyz;
    this.intensity = intensity;
    this.time = time;
    this.out = out;
    this.base = base;
  }

  /** Points {@code first..first+count} from interleaved bytes; {@code fileOffset} for messages. */
  void interleaved(ByteBuffer b, int first, int count, long fileOffset) throws DriveLogException {
    int[] start = new int[h.fields().size()];
    int acc = 0;
    for (int i = 0; i < start.length; i++) {
      start[i] = acc;
      acc += h.sizes()[i] * h.counts()[i];
    }
    copy(b, start, h.pointBytes(), first, count, fileOffset);
  }

  /** All points from field-by-field bytes (each field's values for every point, in turn). */
  void fieldByField(ByteBuffer b) throws DriveLogException {
    int n = h.points();
    int[] start = new int[h.fields().size()];
    int acc = 0;
    for (int i = 0; i < start.length; i++) {
      start[i] = acc;
      acc += h.sizes()[i] * h.counts()[i] * n;
    }
    copy(b, start, -1, 0, n, -1);
  }

  /** {@code stride} -1: field by field. */
  private void copy(ByteBuffer b, int[] start, int stride, int first, int count, long fileOffset)
      throws DriveLogException {
    float[][] dst = {out.x(), out.y(), out.z()};
    for (int c = 0; c < 3; c++) {
      int k = xyz[c];
      int size = h.sizes()[k], step = stride < 0 ? size * h.counts()[k] : stride;
      for (int i = 0; i < count; i++) {
        int pos = start[k] + i * step;
        float v = (float) value(b, pos, h.types()[k], size);
        if (!Float.isFinite(v)) {
          throw new DriveLogException(
              file,
              "point " + (first + i) + (stride < 0 ? "" : ", byte offset " + (fileOffset + pos)),
              "non-finite " + h.fields().get(k));
        }
        dst[c][first + i - base] = v;
      }
    }
    fill(b, intensity, start, stride, first, count, out.intensity(), true);
    if (time >= 0) {
      fill(b, time, start, stride, first, count, out.time(), false);
    }
  }

  private void fill(
      ByteBuffer b,
      int k,
      int[] start,
      int stride,
      int first,
      int count,
      float[] dst,
      boolean isIntensity) {
    if (k < 0) {
      return;
    }
    int size = h.sizes()[k], step = stride < 0 ? size * h.counts()[k] : stride;
    double scale = isIntensity && h.types()[k] == 'U' && size == 1 ? 1 / 255.0 : 1;
    for (int i = 0; i < count; i++) {
      dst[first + i - base] = (float) (value(b, start[k] + i * step, h.types()[k], size) * scale);
    }
  }

  static double value(ByteBuffer b, int pos, char type, int size) {
    return switch (type) {
      case 'F' -> size == 8 ? b.getDouble(pos) : b.getFloat(pos);
      case 'U' ->
          switch (size) {
            case 1 -> b.get(pos) & 0xff;
            case 2 -> b.getShort(pos) & 0xffff;
            case 4 -> Integer.toUnsignedLong(b.getInt(pos));
            default -> b.getLong(pos);
          };
      default ->
          switch (size) {
            case 1 -> b.get(pos);
            case 2 -> b.getShort(pos);
            case 4 -> b.getInt(pos);
            default -> b.getLong(pos);
          };
    };
  }
}
