package dev.mapsmith.drivelog.mcap;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the little-endian fields of one MCAP record body from {@code bytes[pos..end)}. Every
 * declared length is checked against the bytes left before anything is allocated; a fault names the
 * file offset of the record ({@code recordOffset}).
 */
final class RecordCursor {

  private final byte[] bytes;
  private final int end;
  private final long recordOffset;
  private int pos;

  RecordCursor(byte[] bytes, int pos, int end, long recordOffset) {
    this.bytes = bytes;
    this.pos = pos;
    this.end = end;
    this.recordOffset = recordOffset;
  }

  int position() {
    return pos;
  }

  int remaining() {
    return end - pos;
  }

  int u8() {
    need(1, "uint8");
    return bytes[pos++] & 0xff;
  }

  int u16() {
    need(2, "uint16");
    int v = (bytes[pos] & 0xff) | (bytes[pos + 1] & 0xff) << 8;
    pos += 2;
    return v;
  }

  long u32() {
    need(4, "uint32");
    long v = LittleEndian.u32(bytes, pos);
    pos += 4;
    return v;
  }

  long u64() {
    need(8, "uint64");
    long v = LittleEndian.i64(bytes, pos);
    pos += 8;
    return v;
  }

  String string() {
    int n = length(u32(), "string");
    String s = new String(bytes, pos, n, StandardCharsets.UTF_8);
    pos += n;
    return s;
  }

  /** A uint32-prefixed byte array, returned as its start; the cursor moves past it. */
  int bytesU32() {
    int n = length(u32(), "byte array");
    int start = pos;
    pos += n;
    return start;
  }

  /** Skips {@code n} bytes (checked). */
  void skip(long n) {
    pos += length(n, "field");
  }

  Map<String, String> stringMap() {
    int n = length(u32(), "map");
    int stop = pos + n;
    Map<String, String> out = new LinkedHashMap<>();
    while (pos < stop) {
      out.put(string(), string());
    }
    return out;
  }

  /** A map of uint16 keys to uint64 values (the chunk index's message index offsets). */
  Map<Integer, Long> u16u64Map() {
    int n = length(u32(), "map");
    int stop = pos + n;
    Map<Integer, Long> out = new LinkedHashMap<>();
    while (pos < stop) {
      out.put(u16(), u64());
    }
    return out;
  }

  private int length(long n, String what) {
    if (n < 0 || n > end - pos) {
      throw new McapFault(
          recordOffset,
          what + " declares " + Long.toUnsignedString(n) + " bytes, only " + (end - pos) + " left");
    }
    return (int) n;
  }

  private void need(int n, String what) {
    if (end - pos < n) {
      throw new McapFault(recordOffset, "record ends inside a " + what + " field");
    }
  }
}
