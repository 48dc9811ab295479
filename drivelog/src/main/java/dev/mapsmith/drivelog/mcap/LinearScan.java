package dev.mapsmith.drivelog.mcap;

import dev.mapsmith.drivelog.DriveLogException;

/**
 * Reads an MCAP file front to back when it has no summary: every record in turn, decompressing each
 * chunk to list its messages. A record that runs past the end of the file (a cut-short file) ends
 * the scan with a problem naming its offset; a chunk that cannot be decompressed is listed as a
 * problem and skipped; what comes before and after is kept.
 */
final class LinearScan {

  private LinearScan() {}

  static void scan(McapFile f, McapContents out) throws DriveLogException {
    long pos = 8;
    long size = f.size();
    while (pos <= size - 9) {
      byte[] head = f.read(pos, 9);
      int opcode = head[0] & 0xff;
      long len = LittleEndian.i64(head, 1);
      if (len < 0 || len > size - pos - 9) {
        out.problems.add(
            "record at byte "
                + pos
                + ": declares "
                + len
                + " bytes, the file has "
                + (size - pos - 9)
                + " left (file cut short); the rest is not read");
        return;
      }
      if (opcode == McapOpcode.DATA_END || opcode == McapOpcode.FOOTER) {
        return;
      }
      visit(f, opcode, pos, len, out);
      pos += 9 + len;
    }
    if (pos != size) {
      out.problems.add("record at byte " + pos + ": file ends inside a record header");
    }
  }

  private static void visit(McapFile f, int opcode, long pos, long len, McapContents out)
      throws DriveLogException {
    try {
      switch (opcode) {
        case McapOpcode.HEADER -> out.profile = body(f, pos, len).string();
        case McapOpcode.SCHEMA, McapOpcode.CHANNEL -> out.definition(opcode, body(f, pos, len));
        case McapOpcode.MESSAGE -> {
          RecordCursor c =
              new RecordCursor(f.read(pos + 9, Math.min(len, 14)), 0, (int) Math.min(len, 14), pos);
          int channel = c.u16();
          c.u32();
          out.add(new MessageRef(channel, c.u64(), -1, pos));
        }
        case McapOpcode.CHUNK -> chunk(f, pos, out);
        default -> {
          // indexes, attachments, metadata: not needed to read a drive
        }
      }
    } catch (McapFault e) {
      out.problem(e);
    }
  }

  private static void chunk(McapFile f, long pos, McapContents out) throws DriveLogException {
    byte[] record = f.readRecord(pos);
    ChunkInfo info = ChunkRecord.info(record, pos);
    int index = out.chunks.size();
    out.chunks.add(info);
    walkChunk(ChunkRecord.records(record, pos), pos, index, out);
  }

  /** Lists the schemas, channels and messages inside an uncompressed chunk. */
  static void walkChunk(byte[] records, long chunkOffset, int chunkIndex, McapContents out) {
    ChunkRecords.walk(
        records,
        chunkOffset,
        (opcode, at, c) -> {
          if (opcode == McapOpcode.MESSAGE) {
            int channel = c.u16();
            c.u32();
            out.add(new MessageRef(channel, c.u64(), chunkIndex, at));
          } else {
            out.definition(opcode, c);
          }
        });
  }

  private static RecordCursor body(McapFile f, long pos, long len) throws DriveLogException {
    byte[] b = f.readRecord(pos);
    return new RecordCursor(b, 9, b.length, pos);
  }
}
