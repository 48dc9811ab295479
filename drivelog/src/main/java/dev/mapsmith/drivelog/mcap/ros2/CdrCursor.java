package dev.mapsmith.drivelog.mcap.ros2;

import java.nio.charset.StandardCharsets;

/**
 * Reads a CDR (XCDR1) message: a 4-byte encapsulation header (00 01 little-endian, 00 00
 * big-endian), then primitives aligned to their own size counted from the byte after the header.
 * Strings are a uint32 length that includes the trailing NUL; sequences a uint32 count. Every
 * length is checked against the bytes left before anything is allocated; faults raise {@link
 * CdrException} with the offset in the message.
 */
public final class CdrCursor {

  private final byte[] b;
  private final int origin;
  private final int end;
  private final boolean little;
  private int pos;

  public CdrCursor(byte[] buffer, int from, int to) {
    if (to - from < 4) {
      throw new CdrException("message shorter than the CDR header", 0);
    }
    int kind = buffer[from + 1] & 0xff;
    if (buffer[from] != 0 || kind > 3) {
      throw new CdrException("unknown CDR encapsulation " + Integer.toHexString(kind), 0);
    }
    this.b = buffer;
    this.origin = from + 4;
    this.end = to;
    this.little = (kind & 1) == 1;
    this.pos = origin;
  }

  public byte[] buffer() {
    return b;
  }

  public boolean littleEndian() {
    return little;
  }

  /** The offset in the message (after the header) of the next byte. */
  public int offset() {
    return pos - origin;
  }

  public int u8() {
    need(1);
    return b[pos++] & 0xff;
  }

  public boolean bool() {
    return u8() != 0;
  }

  public int u16() {
    align(2);
    need(2);
    int lo = b[pos] & 0xff, hi = b[pos + 1] & 0xff;
    pos += 2;
    return little ? lo | hi << 8 : hi | lo << 8;
  }

  public int i32() {
    align(4);
    need(4);
    int v =
        little
            ? (b[pos] & 0xff)
                | (b[pos + 1] & 0xff) << 8
                | (b[pos + 2] & 0xff) << 16
                | (b[pos + 3] & 0xff) << 24
            : (b[pos + 3] & 0xff)
                | (b[pos + 2] & 0xff) << 8
                | (b[pos + 1] & 0xff) << 16
                | (b[pos] & 0xff) << 24;
    pos += 4;
    return v;
  }

  public long u32() {
    return i32() & 0xffffffffL;
  }

  public double f64() {
    align(8);
    need(8);
    long v = 0;
    for (int k = 0; k < 8; k++) {
      v = v << 8 | (b[pos + (little ? 7 - k : k)] & 0xff);
    }
    pos += 8;
    return Double.longBitsToDouble(v);
  }

  public void f64s(double[] into) {
    for (int i = 0; i < into.length; i++) {
      into[i] = f64();
    }
  }

  public String string() {
    int n = length(u32(), 1, "string");
    if (n == 0) {
      return "";
    }
    String s = new String(b, pos, b[pos + n - 1] == 0 ? n - 1 : n, StandardCharsets.UTF_8);
    pos += n;
    return s;
  }

  /** A sequence's element count, checked against the bytes left at {@code minElementBytes} each. */
  public int sequence(int minElementBytes) {
    return length(u32(), minElementBytes, "sequence");
  }

  /** A uint8[] sequence: returns its start in {@link #buffer()} and moves past it. */
  public int bytes(int[] lengthOut) {
    int n = length(u32(), 1, "byte sequence");
    lengthOut[0] = n;
    int start = pos;
    pos += n;
    return start;
  }

  public void skipF64(int count) {
    align(8);
    long n = 8L * count;
    if (n > end - pos) {
      throw new CdrException("array of " + count + " float64 runs past the end", offset());
    }
    pos += (int) n;
  }

  private int length(long n, int elementBytes, String what) {
    if (n > (end - pos) / Math.max(1, elementBytes)) {
      throw new CdrException(
          what + " of " + n + " elements runs past the end of the message", offset());
    }
    return (int) n;
  }

  private void align(int n) {
    int rel = pos - origin;
    pos += (n - rel % n) % n;
  }

  private void need(int n) {
    if (end - pos < n) {
      throw new CdrException("message ends early", offset());
    }
  }
}
