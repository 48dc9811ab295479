package dev.mapsmith.labeling.export.mcap;

import java.util.Arrays;

/**
 * A growable byte buffer written little-endian, whose bytes are read in place ({@link #array()},
 * {@link #size()}) rather than copied out, and which is reset and reused: the MCAP writer puts a
 * chunk's records here once and writes them from here.
 */
final class ByteSink {

  private byte[] buf;
  private int size;

  ByteSink(int capacity) {
    buf = new byte[capacity];
  }

  private void room(int more) {
    if (size + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(size + more, buf.length + (buf.length >> 1)));
    }
  }

  ByteSink u8(int v) {
    room(1);
    buf[size++] = (byte) v;
    return this;
  }

  ByteSink u16(int v) {
    room(2);
    buf[size++] = (byte) v;
    buf[size++] = (byte) (v >>> 8);
    return this;
  }

  ByteSink u32(long v) {
    room(4);
    for (int i = 0; i < 4; i++) {
      buf[size++] = (byte) (v >>> (8 * i));
    }
    return this;
  }

  ByteSink u64(long v) {
    room(8);
    for (int i = 0; i < 8; i++) {
      buf[size++] = (byte) (v >>> (8 * i));
    }
    return this;
  }

  ByteSink raw(byte[] b) {
    room(b.length);
    System.arraycopy(b, 0, buf, size, b.length);
    size += b.length;
    return this;
  }

  byte[] array() {
    return buf;
  }

  int size() {
    return size;
  }

  void reset() {
    size = 0;
  }
}
