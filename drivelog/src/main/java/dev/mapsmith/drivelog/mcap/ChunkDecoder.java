package dev.mapsmith.drivelog.mcap;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdDecompressCtx;
import dev.mapsmith.drivelog.InputFiles;
import dev.mapsmith.drivelog.av2.Lz4Frame;
import java.util.zip.CRC32;

/**
 * Turns a chunk's stored records into its uncompressed records: compression {@code ""} (none),
 * {@code lz4} (an LZ4 frame, decoded by drivelog's {@link Lz4Frame}) or {@code zstd} (zstd-jni),
 * then checks the uncompressed CRC-32 when the writer stored one (0 means none).
 */
final class ChunkDecoder {

  /**
   * Chunks larger than this cannot be held in one Java array. A declared uncompressed size is also
   * checked against what the stored bytes can expand to (LZ4 at most ~255:1; zstd bounded at
   * 65536:1) before anything is allocated.
   */
  static final long MAX_CHUNK = Integer.MAX_VALUE - 64;

  private ChunkDecoder() {}

  static boolean supports(String compression) {
    return compression.isEmpty() || compression.equals("lz4") || compression.equals("zstd");
  }

  static byte[] decode(ChunkInfo c, byte[] stored, int from, int to) {
    check(c, stored, from, to);
    byte[] out =
        c.compression().isEmpty()
            ? java.util.Arrays.copyOfRange(stored, from, to)
            : new byte[(int) c.uncompressedSize()];
    if (!c.compression().isEmpty()) {
      inflate(c, stored, from, to, out, null);
    }
    checkCrc(c, out);
    return out;
  }

  /**
   * Decodes the chunk into {@code buffers}' reusable records buffer (grown when too small) and
   * returns it; its first {@code c.uncompressedSize()} bytes are the records. An uncompressed chunk
   * is not copied: the stored array itself is returned with {@code from}, so the records are {@code
   * [from, from + size)} of the array {@link Buffers#recordsFrom} names.
   */
  static byte[] decodeInto(ChunkInfo c, byte[] stored, int from, int to, Buffers buffers) {
    check(c, stored, from, to);
    buffers.recordsLength = (int) c.uncompressedSize();
    if (c.compression().isEmpty()) {
      buffers.recordsFrom = from;
      checkCrc(c, stored, from, to - from);
      return stored;
    }
    byte[] out = buffers.records((int) c.uncompressedSize());
    inflate(c, stored, from, to, out, buffers);
    buffers.recordsFrom = 0;
    checkCrc(c, out, 0, (int) c.uncompressedSize());
    return out;
  }

  /** A reader thread's reusable buffers: the stored chunk, its records and a zstd context. */
  static final class Buffers implements AutoCloseable {
    private byte[] stored = new byte[0];
    private byte[] records = new byte[0];
    private ZstdDecompressCtx zstd;

    /** Where the records start in the array {@link #decodeInto} returned last. */
    int recordsFrom;

    /** How many bytes of records {@link #decodeInto} gave last. */
    int recordsLength;

    byte[] stored(int size) {
      if (stored.length < size) {
        stored = new byte[grow(size)];
      }
      return stored;
    }

    byte[] records(int size) {
      if (records.length < size) {
        records = new byte[grow(size)];
      }
      return records;
    }

    private static int grow(int size) {
      return (int) Math.min(MAX_CHUNK, size + (size >> 3));
    }

    ZstdDecompressCtx zstd() {
      if (zstd == null) {
        zstd = new ZstdDecompressCtx();
      }
      return zstd;
    }

    @Override
    public void close() {
      if (zstd != null) {
        zstd.close();
        zstd = null;
      }
    }
  }

  /** The chunk's declared sizes and compression, checked before anything is allocated. */
  private static void check(ChunkInfo c, byte[] stored, int from, int to) {
    long offset = c.chunkOffset();
    if (!supports(c.compression())) {
      throw new McapFault(offset, "chunk compression '" + c.compression() + "' is not supported");
    }
    if (c.uncompressedSize() < 0 || c.uncompressedSize() > MAX_CHUNK) {
      throw new McapFault(offset, "chunk declares " + c.uncompressedSize() + " uncompressed bytes");
    }
    if (c.compression().isEmpty()) {
      requireMemory(c);
      if (to - from != c.uncompressedSize()) {
        throw new McapFault(
            offset,
            "uncompressed chunk holds " + (to - from) + " bytes, declares " + c.uncompressedSize());
      }
      return;
    }
    long storedBytes = to - from;
    long most =
        c.compression().equals("lz4") ? 256 * storedBytes + 4096 : 65_536 * storedBytes + 4096;
    if (c.uncompressedSize() > most) {
      throw new McapFault(
          offset,
          "chunk declares "
              + c.uncompressedSize()
              + " uncompressed bytes, more than "
              + storedBytes
              + " "
              + c.compression()
              + " bytes can hold");
    }
    requireMemory(c);
  }

  private static void checkCrc(ChunkInfo c, byte[] out) {
    checkCrc(c, out, 0, out.length);
  }

  private static void checkCrc(ChunkInfo c, byte[] b, int from, int length) {
    if (c.uncompressedCrc() != 0) {
      CRC32 crc = new CRC32();
      crc.update(b, from, length);
      if (crc.getValue() != c.uncompressedCrc()) {
        throw new McapFault(c.chunkOffset(), "chunk CRC mismatch (damaged data)");
      }
    }
  }

  /** A chunk's uncompressed records must fit the per-file memory budget. */
  private static void requireMemory(ChunkInfo c) {
    String refusal = InputFiles.overBudget(c.uncompressedSize(), "the chunk");
    if (refusal != null) {
      throw new McapFault(c.chunkOffset(), refusal);
    }
  }

  private static void inflate(ChunkInfo c, byte[] in, int from, int to, byte[] out, Buffers b) {
    int length = (int) c.uncompressedSize();
    try {
      if (c.compression().equals("lz4")) {
        Lz4Frame.decode(in, from, to, out, length);
        return;
      }
      long n =
          b == null
              ? Zstd.decompressByteArray(out, 0, length, in, from, to - from)
              : b.zstd().decompressByteArray(out, 0, length, in, from, to - from);
      if (n != length) {
        throw new McapFault(
            c.chunkOffset(), "zstd chunk gives " + n + " bytes, declares " + length);
      }
    } catch (McapFault e) {
      throw e;
    } catch (RuntimeException e) { // IllegalArgument (lz4), ZstdException, index faults
      throw new McapFault(
          c.chunkOffset(), c.compression() + " chunk cannot be decompressed: " + e.getMessage());
    }
  }
}
