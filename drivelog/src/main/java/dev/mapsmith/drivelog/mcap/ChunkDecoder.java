package dev.mapsmith.drivelog.mcap;

import com.github.luben.zstd.Zstd;
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
    long offset = c.chunkOffset();
    if (!supports(c.compression())) {
      throw new McapFault(offset, "chunk compression '" + c.compression() + "' is not supported");
    }
    if (c.uncompressedSize() < 0 || c.uncompressedSize() > MAX_CHUNK) {
      throw new McapFault(offset, "chunk declares " + c.uncompressedSize() + " uncompressed bytes");
    }
    byte[] out;
    if (c.compression().isEmpty()) {
      requireMemory(c);
      if (to - from != c.uncompressedSize()) {
        throw new McapFault(
            offset,
            "uncompressed chunk holds " + (to - from) + " bytes, declares " + c.uncompressedSize());
      }
      out = java.util.Arrays.copyOfRange(stored, from, to);
    } else {
      long storedBytes = to - from;
      long most =
          c.compression().equals("lz4") ? 256 * storedBytes + 4096 : 65_536 * storedBytes + 4096;
      if (c.uncompressedSize() > most) {
        throw new McapFault(
            offset,
            "chunk declares "
                + c.uncompressedSize()
                + " uncompressed bytes, more than "
                + stored
                + " "
                + c.compression()
                + " bytes can hold");
      }
      requireMemory(c);
      out = new byte[(int) c.uncompressedSize()];
      inflate(c, stored, from, to, out);
    }
    if (c.uncompressedCrc() != 0) {
      CRC32 crc = new CRC32();
      crc.update(out);
      if (crc.getValue() != c.uncompressedCrc()) {
        throw new McapFault(offset, "chunk CRC mismatch (damaged data)");
      }
    }
    return out;
  }

  /** A chunk's uncompressed records must fit the per-file memory budget. */
  private static void requireMemory(ChunkInfo c) {
    String refusal = InputFiles.overBudget(c.uncompressedSize(), "the chunk");
    if (refusal != null) {
      throw new McapFault(c.chunkOffset(), refusal);
    }
  }

  private static void inflate(ChunkInfo c, byte[] in, int from, int to, byte[] out) {
    try {
      if (c.compression().equals("lz4")) {
        Lz4Frame.decode(in, from, to, out);
        return;
      }
      long n = Zstd.decompressByteArray(out, 0, out.length, in, from, to - from);
      if (n != out.length) {
        throw new McapFault(
            c.chunkOffset(), "zstd chunk gives " + n + " bytes, declares " + out.length);
      }
    } catch (McapFault e) {
      throw e;
    } catch (RuntimeException e) { // IllegalArgument (lz4), ZstdException, index faults
      throw new McapFault(
          c.chunkOffset(), c.compression() + " chunk cannot be decompressed: " + e.getMessage());
    }
  }
}
