package dev.mapsmith.labeling.export.mcap;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds one MCAP record body: little-endian integers, prefixed strings and byte arrays. */
final class RecordBytes {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  RecordBytes u8(int v) {
    out.write(v);
    return this;
  }

  RecordBytes u16(int v) {
    out.write(v);
    out.write(v >>> 8);
    return this;
  }

  RecordBytes u32(long v) {
    for (int i = 0; i < 4; i++) {
      out.write((int) (v >>> (8 * i)));
    }
    return this;
  }

  RecordBytes u64(long v) {
    for (int i = 0; i < 8; i++) {
      out.write((int) (v >>> (8 * i)));
    }
    return this;
  }

  RecordBytes string(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    u32(b.length);
    out.writeBytes(b);
    return this;
  }

  RecordBytes bytes32(byte[] b) {
    u32(b.length);
    out.writeBytes(b);
    return this;
  }

  RecordBytes raw(byte[] b) {
    out.writeBytes(b);
    return this;
  }

  int size() {
    return out.size();
  }

  byte[] toByteArray() {
    return out.toByteArray();
  }

  /** The whole record: opcode, uint64 body length, body. */
  static byte[] record(int opcode, RecordBytes body) {
    byte[] b = body.toByteArray();
    return new RecordBytes().u8(opcode).u64(b.length).raw(b).toByteArray();
  }
}
