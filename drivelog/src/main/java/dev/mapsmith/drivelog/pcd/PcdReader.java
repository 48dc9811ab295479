package dev.mapsmith.drivelog.pcd;

import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.PointCloud;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a PCD file (ascii, binary or binary_compressed) into a {@link PointCloud}: fields x, y, z,
 * intensity (or {@code i}/{@code reflectance}; uint8 scaled to [0, 1], missing gives 0) and, when
 * present, {@code t}/{@code time} as per-point time in seconds. Errors name the file and the header
 * line, data line or byte offset.
 */
public final class PcdReader {

  private PcdReader() {}

  public static PcdHeader header(Path file) throws DriveLogException {
    return PcdHeader.parse(file, bytes(file));
  }

  public static PointCloud read(Path file) throws DriveLogException {
    byte[] bytes = bytes(file);
    PcdHeader h = PcdHeader.parse(file, bytes);
    int[] f = {h.indexOf("x"), h.indexOf("y"), h.indexOf("z")};
    if (f[0] < 0 || f[1] < 0 || f[2] < 0) {
      throw new DriveLogException(file, "FIELDS", "needs fields x, y and z, has " + h.fields());
    }
    int fi = h.indexOf("intensity", "i", "reflectance");
    int ft = h.indexOf("t", "time");
    PointCloud out = PointCloud.allocate(h.points(), ft >= 0);
    switch (h.data()) {
      case "ascii" -> PcdAscii.read(file, bytes, h, f, fi, ft, out);
      case "binary" ->
          binary(
              file,
              ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN),
              h,
              f,
              fi,
              ft,
              out,
              false,
              h.dataOffset());
      default -> compressed(file, bytes, h, f, fi, ft, out);
    }
    return out;
  }

  private static void compressed(
      Path file, byte[] bytes, PcdHeader h, int[] f, int fi, int ft, PointCloud out)
      throws DriveLogException {
    int off = h.dataOffset();
    if (bytes.length < off + 8) {
      throw new DriveLogException(
          file, "byte offset " + off, "binary_compressed data has no size header");
    }
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    long comp = Integer.toUnsignedLong(b.getInt(off));
    long raw = Integer.toUnsignedLong(b.getInt(off + 4));
    long expected = (long) h.pointBytes() * h.points();
    if (raw != expected) {
      throw new DriveLogException(
          file,
          "byte offset " + (off + 4),
          "uncompressed size " + raw + " but the header needs " + expected);
    }
    if (off + 8 + comp > bytes.length) {
      throw new DriveLogException(
          file,
          "byte offset " + off,
          "compressed size " + comp + " passes the end of the file (" + bytes.length + " bytes)");
    }
    byte[] data;
    try {
      data = Lzf.decompress(bytes, off + 8, (int) comp, (int) raw);
    } catch (Lzf.CorruptException e) {
      throw new DriveLogException(
          file, "byte offset " + (off + 8 + e.offset()), "corrupt LZF data: " + e.getMessage(), e);
    }
    binary(file, ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN), h, f, fi, ft, out, true, 0);
  }

  /** Reads points from interleaved (binary) or field-by-field (decompressed) bytes. */
  private static void binary(
      Path file,
      ByteBuffer b,
      PcdHeader h,
      int[] f,
      int fi,
      int ft,
      PointCloud out,
      boolean soa,
      int base)
      throws DriveLogException {
    int n = h.points(), stride = h.pointBytes();
    long need = base + (long) stride * n;
    if (b.limit() < need) {
      throw new DriveLogException(
          file,
          "byte offset " + b.limit(),
          "data ends after " + (b.limit() - base) / Math.max(1, stride) + " of " + n + " points");
    }
    int[] start = new int[h.fields().size()];
    int acc = 0;
    for (int i = 0; i < start.length; i++) {
      start[i] = acc;
      acc += soa ? h.sizes()[i] * h.counts()[i] * n : h.sizes()[i] * h.counts()[i];
    }
    float[][] dst = {out.x(), out.y(), out.z()};
    for (int c = 0; c < 3; c++) {
      int k = f[c];
      int size = h.sizes()[k], step = soa ? size * h.counts()[k] : stride;
      for (int i = 0; i < n; i++) {
        int pos = base + start[k] + i * step;
        float v = (float) value(b, pos, h.types()[k], size);
        if (!Float.isFinite(v)) {
          throw new DriveLogException(
              file,
              "point " + i + (soa ? "" : ", byte offset " + pos),
              "non-finite " + h.fields().get(k));
        }
        dst[c][i] = v;
      }
    }
    fill(b, h, fi, start, base, stride, soa, n, out.intensity(), true);
    if (ft >= 0) {
      fill(b, h, ft, start, base, stride, soa, n, out.time(), false);
    }
  }

  private static void fill(
      ByteBuffer b,
      PcdHeader h,
      int k,
      int[] start,
      int base,
      int stride,
      boolean soa,
      int n,
      float[] dst,
      boolean intensity) {
    if (k < 0) {
      return;
    }
    int size = h.sizes()[k], step = soa ? size * h.counts()[k] : stride;
    double scale = intensity && h.types()[k] == 'U' && size == 1 ? 1 / 255.0 : 1;
    for (int i = 0; i < n; i++) {
      dst[i] = (float) (value(b, base + start[k] + i * step, h.types()[k], size) * scale);
    }
  }

  public static double value(ByteBuffer b, int pos, char type, int size) {
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

  private static byte[] bytes(Path file) throws DriveLogException {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new DriveLogException(file, "", "cannot read: " + e, e);
    }
  }

  static String text(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.US_ASCII);
  }
}
