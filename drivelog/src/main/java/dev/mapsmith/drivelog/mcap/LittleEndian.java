package dev.mapsmith.drivelog.mcap;

/** Little-endian reads from byte arrays (bounds are the caller's check). */
final class LittleEndian {

  private LittleEndian() {}

  static long u32(byte[] b, int i) {
    return ((b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16)
        | (b[i + 3] & 0xffL) << 24;
  }

  static long i64(byte[] b, int i) {
    return u32(b, i) | u32(b, i + 4) << 32;
  }
}
