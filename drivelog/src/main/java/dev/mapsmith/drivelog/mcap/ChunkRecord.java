package dev.mapsmith.drivelog.mcap;

/**
 * Parses a Chunk record (start and end time, uncompressed size and CRC, compression, then the
 * stored records) and decodes its records.
 */
final class ChunkRecord {

  private ChunkRecord() {}

  /** The chunk's fields; {@code record} holds the whole record (opcode and length included). */
  static ChunkInfo info(byte[] record, long offset) {
    return info(record, record.length, offset);
  }

  /** The chunk's fields from {@code record[0..length)} (a reusable buffer may be longer). */
  static ChunkInfo info(byte[] record, int length, long offset) {
    if ((record[0] & 0xff) != McapOpcode.CHUNK) {
      throw new McapFault(offset, "expected a Chunk record, found opcode " + (record[0] & 0xff));
    }
    RecordCursor c = new RecordCursor(record, 9, length, offset);
    long start = c.u64();
    long end = c.u64();
    long uncompressed = c.u64();
    long crc = c.u32();
    String compression = c.string();
    long stored = c.u64();
    if (stored < 0 || stored > c.remaining()) {
      throw new McapFault(
          offset,
          "chunk declares "
              + stored
              + " stored bytes, the record holds "
              + c.remaining()
              + ": truncated or damaged");
    }
    return new ChunkInfo(
        offset, start, end, compression, offset + c.position(), stored, uncompressed, crc);
  }

  /** The uncompressed records of a chunk record read whole into {@code record}. */
  static byte[] records(byte[] record, long offset) {
    ChunkInfo c = info(record, offset);
    int from = (int) (c.recordsOffset() - offset);
    return ChunkDecoder.decode(c, record, from, from + (int) c.compressedSize());
  }

  /**
   * The uncompressed records of the chunk record in {@code record[0..length)}, decoded into {@code
   * buffers} (see {@link ChunkDecoder#decodeInto}).
   */
  static byte[] recordsInto(byte[] record, int length, long offset, ChunkDecoder.Buffers buffers) {
    ChunkInfo c = info(record, length, offset);
    int from = (int) (c.recordsOffset() - offset);
    return ChunkDecoder.decodeInto(c, record, from, from + (int) c.compressedSize(), buffers);
  }
}
