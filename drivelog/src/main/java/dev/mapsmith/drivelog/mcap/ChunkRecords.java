package dev.mapsmith.drivelog.mcap;

/**
 * Walks the records inside an uncompressed chunk: each record's opcode, and a cursor over its body.
 * A record whose length runs past the chunk stops the walk with a fault at the chunk's offset.
 */
final class ChunkRecords {

  private ChunkRecords() {}

  /** Calls {@code visit} with (cursor, opcode) and the offset in {@code records} of each record. */
  static void walk(byte[] records, long chunkOffset, RecordVisitor visit) {
    int pos = 0;
    while (pos < records.length) {
      if (records.length - pos < 9) {
        throw new McapFault(chunkOffset, "chunk records end inside a record header");
      }
      int opcode = records[pos] & 0xff;
      long len = LittleEndian.i64(records, pos + 1);
      if (len < 0 || len > records.length - pos - 9) {
        throw new McapFault(
            chunkOffset, "record at chunk offset " + pos + " declares " + len + " bytes");
      }
      visit.record(
          opcode, pos, new RecordCursor(records, pos + 9, pos + 9 + (int) len, chunkOffset));
      pos += 9 + (int) len;
    }
  }

  /** One record inside a chunk. */
  interface RecordVisitor {
    void record(int opcode, int offsetInChunk, RecordCursor body);
  }
}
