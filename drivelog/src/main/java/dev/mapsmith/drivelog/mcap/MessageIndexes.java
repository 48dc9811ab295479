package dev.mapsmith.drivelog.mcap;

import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.mcap.SummaryIndex.ChunkIndexRecord;
import java.util.Collections;

/**
 * Lists a chunk's messages from its Message Index records (one per channel, right after the chunk:
 * log time and offset into the uncompressed records), so opening a file needs no decompression. A
 * chunk without message indexes is decompressed and walked instead.
 */
final class MessageIndexes {

  private MessageIndexes() {}

  static void add(McapFile f, ChunkIndexRecord r, McapContents out) throws DriveLogException {
    ChunkInfo chunk = r.chunk();
    int index = out.chunks.size();
    out.chunks.add(chunk);
    if (!ChunkDecoder.supports(chunk.compression())) {
      out.problems.add(
          "record at byte "
              + chunk.chunkOffset()
              + ": chunk compression '"
              + chunk.compression()
              + "' is not supported (none, lz4, zstd are); its messages are left out");
      return;
    }
    if (r.messageIndexOffsets().isEmpty()) {
      if (!out.notes.contains(WALKED)) {
        out.notes.add(WALKED);
      }
      try {
        LinearScan.walkChunk(f.decodeChunk(chunk), chunk.chunkOffset(), index, out);
      } catch (McapFault e) {
        out.problem(e);
      }
      return;
    }
    long from = Collections.min(r.messageIndexOffsets().values());
    long to = chunk.chunkOffset() + r.chunkLength() + r.messageIndexLength();
    if (from < chunk.chunkOffset() || to > f.size() || to < from) {
      out.problems.add(
          "record at byte "
              + r.recordOffset()
              + ": chunk index points to message indexes outside the file; chunk left out");
      return;
    }
    byte[] b = f.read(from, to - from);
    int pos = 0;
    while (pos + 9 <= b.length) {
      int opcode = b[pos] & 0xff;
      long len = LittleEndian.i64(b, pos + 1);
      if (len < 0 || len > b.length - pos - 9) {
        throw new McapFault(from + pos, "message index record declares " + len + " bytes");
      }
      if (opcode == McapOpcode.MESSAGE_INDEX) {
        RecordCursor c = new RecordCursor(b, pos + 9, pos + 9 + (int) len, from + pos);
        int channel = c.u16();
        long bytes = c.u32();
        if (bytes % 16 != 0 || bytes > c.remaining()) {
          throw new McapFault(from + pos, "message index holds " + bytes + " bytes of entries");
        }
        for (long k = 0; k < bytes / 16; k++) {
          out.add(new MessageRef(channel, c.u64(), index, c.u64()));
        }
      }
      pos += 9 + (int) len;
    }
  }

  private static final String WALKED =
      "chunks without message indexes were decompressed to list their messages";
}
