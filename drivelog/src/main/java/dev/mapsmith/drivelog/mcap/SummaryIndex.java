package dev.mapsmith.drivelog.mcap;

import dev.mapsmith.drivelog.DriveLogException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Indexes an MCAP file from its end: the footer, the summary section (schemas, channels, chunk
 * indexes) and each chunk's message index records, which lie right after the chunk. No chunk is
 * decompressed. Returns false (with a note) when the file has no usable summary, so the caller
 * scans it instead.
 */
final class SummaryIndex {

  private static final int FOOTER_RECORD = 1 + 8 + 20;

  private SummaryIndex() {}

  static boolean read(McapFile f, McapContents out) throws DriveLogException {
    long size = f.size();
    long footerAt = size - 8 - FOOTER_RECORD;
    if (footerAt < 8 || !McapOpcode.magicAt(f.read(size - 8, 8), 0)) {
      out.notes.add(
          "the file does not end with the MCAP magic (cut short?): read by a linear scan");
      return false;
    }
    byte[] footer = f.read(footerAt, FOOTER_RECORD);
    if ((footer[0] & 0xff) != McapOpcode.FOOTER || LittleEndian.i64(footer, 1) != 20) {
      out.notes.add("no footer record before the closing magic: read by a linear scan");
      return false;
    }
    long summaryStart = LittleEndian.i64(footer, 9);
    if (summaryStart == 0) {
      out.notes.add("no summary section (written without an index): read by a linear scan");
      return false;
    }
    if (summaryStart < 8 || summaryStart > footerAt) {
      out.notes.add("footer points to a summary outside the file: read by a linear scan");
      return false;
    }
    out.profile = profile(f);
    byte[] summary = f.read(summaryStart, footerAt - summaryStart);
    List<ChunkIndexRecord> chunkIndexes = records(summary, summaryStart, out);
    for (ChunkIndexRecord r : chunkIndexes) {
      MessageIndexes.add(f, r, out);
    }
    if (out.chunks.isEmpty() && out.channels.isEmpty()) {
      out.notes.add("the summary lists no channels: read by a linear scan");
      return false;
    }
    return true;
  }

  private static String profile(McapFile f) throws DriveLogException {
    byte[] header = f.readRecord(8);
    if ((header[0] & 0xff) != McapOpcode.HEADER) {
      throw new McapFault(8, "the first record is not a Header");
    }
    return new RecordCursor(header, 9, header.length, 8).string();
  }

  private static List<ChunkIndexRecord> records(byte[] s, long base, McapContents out) {
    List<ChunkIndexRecord> chunkIndexes = new ArrayList<>();
    int pos = 0;
    while (pos < s.length) {
      if (s.length - pos < 9) {
        throw new McapFault(base + pos, "summary ends inside a record header");
      }
      int opcode = s[pos] & 0xff;
      long len = LittleEndian.i64(s, pos + 1);
      if (len < 0 || len > s.length - pos - 9) {
        throw new McapFault(base + pos, "summary record declares " + len + " bytes");
      }
      RecordCursor c = new RecordCursor(s, pos + 9, pos + 9 + (int) len, base + pos);
      if (!out.definition(opcode, c) && opcode == McapOpcode.CHUNK_INDEX) {
        chunkIndexes.add(chunkIndex(c, base + pos));
      }
      pos += 9 + (int) len;
    }
    return chunkIndexes;
  }

  private static ChunkIndexRecord chunkIndex(RecordCursor c, long at) {
    long start = c.u64();
    long end = c.u64();
    long chunkOffset = c.u64();
    long chunkLength = c.u64();
    Map<Integer, Long> indexOffsets = c.u16u64Map();
    long indexLength = c.u64();
    String compression = c.string();
    long compressed = c.u64();
    long uncompressed = c.u64();
    long recordsOffset =
        chunkOffset
            + 9
            + 8
            + 8
            + 8
            + 4
            + 4
            + compression.getBytes(StandardCharsets.UTF_8).length
            + 8;
    ChunkInfo info =
        new ChunkInfo(
            chunkOffset, start, end, compression, recordsOffset, compressed, uncompressed, -1);
    return new ChunkIndexRecord(info, chunkLength, indexOffsets, indexLength, at);
  }

  /** A Chunk Index record: the chunk, and where its message indexes lie. */
  record ChunkIndexRecord(
      ChunkInfo chunk,
      long chunkLength,
      Map<Integer, Long> messageIndexOffsets,
      long messageIndexLength,
      long recordOffset) {}
}
