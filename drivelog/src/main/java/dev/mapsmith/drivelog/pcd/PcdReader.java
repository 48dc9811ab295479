package dev.mapsmith.drivelog.pcd;

import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.InputFiles;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.drivelog.PointSink;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Reads a PCD file (ascii, binary or binary_compressed) into a {@link PointCloud}: fields x, y, z,
 * intensity (or {@code i}/{@code reflectance}; uint8 scaled to [0, 1], missing gives 0) and, when
 * present, {@code t}/{@code time} as per-point time in seconds. Errors name the file and the header
 * line, data line or byte offset.
 *
 * <p>The header's counts are checked against the file's size and the memory budget ({@link
 * InputFiles}) before anything is allocated. Binary and ascii data are read streaming, in chunks,
 * so a file larger than 2 GiB reads within the memory its points need; {@link #stream} hands binary
 * data over a piece at a time, so a caller that keeps only some points needs memory for those.
 */
public final class PcdReader {

  /** The most header bytes read before DATA must have appeared. */
  static final int HEADER_MAX = 1 << 20;

  /** Bytes per chunk when streaming binary data. */
  private static final int CHUNK = 4 << 20;

  private PcdReader() {}

  public static PcdHeader header(Path file) throws DriveLogException {
    try (FileChannel ch = InputFiles.open(file)) {
      return header(file, ch);
    } catch (IOException e) {
      throw rethrow(file, e);
    }
  }

  public static PointCloud read(Path file) throws DriveLogException {
    try (FileChannel ch = InputFiles.open(file)) {
      PcdHeader h = header(file, ch);
      Layout l = layout(file, h);
      boolean lzf = "binary_compressed".equals(h.data());
      long comp = lzf ? compressedSize(file, ch, h) : 0;
      long extra = lzf ? comp + (long) h.pointBytes() * h.points() : 0;
      InputFiles.requireMemory(
          file, "POINTS", (long) h.points() * l.bytesPerPoint() + extra, h.points() + " points");
      PointCloud out = PointCloud.allocate(h.points(), l.time() >= 0);
      PcdFields fields = new PcdFields(file, h, l.xyz(), l.intensity(), l.time(), out);
      switch (h.data()) {
        case "ascii" -> PcdAscii.read(file, ch, h, l.xyz(), l.intensity(), l.time(), out);
        case "binary" ->
            streamed(
                file,
                ch,
                h,
                perChunk(h),
                (b, first, count, at) -> fields.interleaved(b, first, count, at));
        default -> compressed(file, ch, h, comp, fields);
      }
      return out;
    } catch (IOException e) {
      throw rethrow(file, e);
    }
  }

  /**
   * Reads the points in pieces of at most {@code piecePoints}, in file order, each piece a new
   * cloud handed to {@code sink}. Binary data streams, so only a piece is held at a time whatever
   * the file's size; ascii and binary_compressed data are read whole ({@link #read}) and handed
   * over as one piece.
   */
  public static void stream(Path file, int piecePoints, PointSink sink) throws DriveLogException {
    if (piecePoints < 1) {
      throw new IllegalArgumentException("piecePoints must be positive: " + piecePoints);
    }
    try (FileChannel ch = InputFiles.open(file)) {
      PcdHeader h = header(file, ch);
      if (!"binary".equals(h.data())) {
        ch.close();
        sink.accept(read(file));
        return;
      }
      Layout l = layout(file, h);
      int piece = Math.min(piecePoints, Math.min(perChunk(h) * 16, Math.max(1, h.points())));
      InputFiles.requireMemory(
          file,
          "POINTS",
          (long) piece * (l.bytesPerPoint() + h.pointBytes()),
          "a piece of " + piece + " points");
      streamed(
          file,
          ch,
          h,
          piece,
          (b, first, count, at) -> {
            PointCloud out = PointCloud.allocate(count, l.time() >= 0);
            new PcdFields(file, h, l.xyz(), l.intensity(), l.time(), out, first)
                .interleaved(b, first, count, at);
            sink.accept(out);
          });
    } catch (IOException e) {
      throw rethrow(file, e);
    }
  }

  /** Which fields hold x, y, z, intensity and time (-1: none), and the bytes a point takes. */
  private record Layout(int[] xyz, int intensity, int time) {
    long bytesPerPoint() {
      return time >= 0 ? 20 : 16;
    }
  }

  private static Layout layout(Path file, PcdHeader h) throws DriveLogException {
    int[] f = {h.indexOf("x"), h.indexOf("y"), h.indexOf("z")};
    if (f[0] < 0 || f[1] < 0 || f[2] < 0) {
      throw new DriveLogException(file, "FIELDS", "needs fields x, y and z, has " + h.fields());
    }
    return new Layout(f, h.indexOf("intensity", "i", "reflectance"), h.indexOf("t", "time"));
  }

  /**
   * Handles points {@code first..first+count}, interleaved in {@code b} from file offset {@code
   * at}.
   */
  @FunctionalInterface
  private interface Chunk {
    void take(ByteBuffer b, int first, int count, long at) throws DriveLogException;
  }

  private static int perChunk(PcdHeader h) {
    return Math.max(1, CHUNK / Math.max(1, h.pointBytes()));
  }

  private static PcdHeader header(Path file, FileChannel ch) throws IOException {
    long size = ch.size();
    ByteBuffer head = ByteBuffer.allocate((int) Math.min(size, HEADER_MAX));
    readFully(ch, head, 0);
    PcdHeader h = PcdHeader.parse(file, head.array(), size > HEADER_MAX);
    h.checkSize(file, size);
    return h;
  }

  private static void streamed(Path file, FileChannel ch, PcdHeader h, int perChunk, Chunk chunk)
      throws IOException {
    int stride = h.pointBytes(), n = h.points();
    ByteBuffer buf =
        ByteBuffer.allocate((int) Math.min((long) perChunk * stride, (long) stride * n))
            .order(ByteOrder.LITTLE_ENDIAN);
    for (int first = 0; first < n; first += perChunk) {
      int count = Math.min(perChunk, n - first);
      buf.clear().limit(count * stride);
      long at = h.dataOffset() + (long) first * stride;
      if (readFully(ch, buf, at) < count * stride) {
        throw new DriveLogException(
            file,
            "byte offset " + (at + buf.position()),
            "data ends after "
                + (first + buf.position() / Math.max(1, stride))
                + " of "
                + n
                + " points");
      }
      chunk.take(buf, first, count, at);
    }
  }

  /** The compressed size of binary_compressed data, once both its sizes are checked. */
  private static long compressedSize(Path file, FileChannel ch, PcdHeader h) throws IOException {
    long off = h.dataOffset();
    ByteBuffer sizes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
    if (readFully(ch, sizes, off) < 8) {
      throw new DriveLogException(
          file, "byte offset " + off, "binary_compressed data has no size header");
    }
    long comp = Integer.toUnsignedLong(sizes.getInt(0));
    long raw = Integer.toUnsignedLong(sizes.getInt(4));
    long expected = (long) h.pointBytes() * h.points();
    if (raw != expected) {
      throw new DriveLogException(
          file,
          "byte offset " + (off + 4),
          "uncompressed size " + raw + " but the header needs " + expected);
    }
    long size = ch.size();
    if (off + 8 + comp > size) {
      throw new DriveLogException(
          file,
          "byte offset " + off,
          "compressed size " + comp + " passes the end of the file (" + size + " bytes)");
    }
    if (raw > Lzf.MAX_RATIO * comp) {
      throw new DriveLogException(
          file,
          "byte offset " + (off + 4),
          "uncompressed size " + raw + " cannot come from " + comp + " bytes of LZF data");
    }
    if (raw > Integer.MAX_VALUE - 8) {
      throw new DriveLogException(
          file, "byte offset " + (off + 4), "binary_compressed data over 2 GiB is not supported");
    }
    return comp;
  }

  private static void compressed(
      Path file, FileChannel ch, PcdHeader h, long comp, PcdFields fields) throws IOException {
    long off = h.dataOffset();
    long raw = (long) h.pointBytes() * h.points();
    ByteBuffer in = ByteBuffer.allocate((int) comp);
    readFully(ch, in, off + 8);
    byte[] data;
    try {
      data = Lzf.decompress(in.array(), 0, (int) comp, (int) raw);
    } catch (Lzf.CorruptException e) {
      throw new DriveLogException(
          file, "byte offset " + (off + 8 + e.offset()), "corrupt LZF data: " + e.getMessage(), e);
    }
    fields.fieldByField(ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN));
  }

  /** Reads into {@code b} from file position {@code at} until full or end of file. */
  static int readFully(FileChannel ch, ByteBuffer b, long at) throws IOException {
    int start = b.position();
    while (b.hasRemaining()) {
      int r = ch.read(b, at + b.position() - start);
      if (r < 0) {
        break;
      }
    }
    return b.position() - start;
  }

  /** One binary value of a PCD field (for readers of other PCD layouts, e.g. nuScenes radar). */
  public static double value(ByteBuffer b, int pos, char type, int size) {
    return PcdFields.value(b, pos, type, size);
  }

  private static DriveLogException rethrow(Path file, IOException e) {
    return e instanceof DriveLogException d
        ? d
        : new DriveLogException(file, "", "cannot read: " + e, e);
  }
}
