package dev.mapsmith.drivelog.av2;

/**
 * Decodes LZ4 frames (the format Arrow's LZ4_FRAME buffers use) into a byte array, in one pass and
 * without streams. Checksums are skipped; any structural fault (bad magic, a block or match that
 * runs outside the input or output) raises {@link IllegalArgumentException} with the byte offset.
 */
public final class Lz4Frame {

  private static final int MAGIC = 0x184D2204;

  private Lz4Frame() {}

  /** Decodes {@code in[from..to)}, one or more frames, into exactly {@code out.length} bytes. */
  public static void decode(byte[] in, int from, int to, byte[] out) {
    int ip = from, op = 0;
    while (ip < to) {
      int magic = intLe(in, ip, to);
      if ((magic & 0xFFFFFFF0) == 0x184D2A50) { // skippable frame
        ip += 8 + intLe(in, ip + 4, to);
        continue;
      }
      if (magic != MAGIC) {
        throw fault("not an LZ4 frame (magic " + Integer.toHexString(magic) + ")", ip);
      }
      ip += 4;
      int flg = in[ip] & 0xff;
      if ((flg >>> 6) != 1) {
        throw fault("unsupported LZ4 frame version", ip);
      }
      boolean blockChecksum = (flg & 0x10) != 0;
      boolean contentChecksum = (flg & 0x04) != 0;
      ip += 2 + ((flg & 0x08) != 0 ? 8 : 0) + ((flg & 0x01) != 0 ? 4 : 0) + 1;
      while (true) {
        int size = intLe(in, ip, to);
        ip += 4;
        if (size == 0) {
          break;
        }
        int len = size & 0x7FFFFFFF;
        if (len > to - ip) {
          throw fault("LZ4 block of " + len + " bytes runs past the end", ip);
        }
        if (size < 0) { // high bit: stored uncompressed
          if (len > out.length - op) {
            throw fault("LZ4 data larger than the declared size", ip);
          }
          System.arraycopy(in, ip, out, op, len);
          op += len;
        } else {
          op = block(in, ip, ip + len, out, op);
        }
        ip += len + (blockChecksum ? 4 : 0);
      }
      ip += contentChecksum ? 4 : 0;
    }
    if (op != out.length) {
      throw fault("LZ4 data gives " + op + " bytes, declared " + out.length, to);
    }
  }

  /** Decodes one LZ4 block; returns the new output position. */
  static int block(byte[] in, int ip, int end, byte[] out, int op) {
    while (ip < end) {
      int token = in[ip++] & 0xff;
      int lit = token >>> 4;
      if (lit == 15) {
        int b;
        do {
          b = in[ip++] & 0xff;
          lit += b;
        } while (b == 255 && ip < end);
      }
      if (lit > end - ip || lit > out.length - op) {
        throw fault("LZ4 literal run out of bounds", ip);
      }
      System.arraycopy(in, ip, out, op, lit);
      ip += lit;
      op += lit;
      if (ip >= end) {
        break; // the last sequence has literals only
      }
      int offset = (in[ip] & 0xff) | (in[ip + 1] & 0xff) << 8;
      ip += 2;
      int match = token & 15;
      if (match == 15) {
        int b;
        do {
          b = in[ip++] & 0xff;
          match += b;
        } while (b == 255 && ip < end);
      }
      match += 4;
      int ref = op - offset;
      if (offset == 0 || ref < 0 || match > out.length - op) {
        throw fault("LZ4 match out of bounds", ip);
      }
      if (offset >= match) {
        System.arraycopy(out, ref, out, op, match);
        op += match;
      } else {
        for (int k = 0; k < match; k++) {
          out[op++] = out[ref++];
        }
      }
    }
    return op;
  }

  private static int intLe(byte[] b, int i, int to) {
    if (i + 4 > to) {
      throw fault("LZ4 frame ends early", i);
    }
    return (b[i] & 0xff)
        | (b[i + 1] & 0xff) << 8
        | (b[i + 2] & 0xff) << 16
        | (b[i + 3] & 0xff) << 24;
  }

  private static IllegalArgumentException fault(String what, int offset) {
    return new IllegalArgumentException(what + " at byte " + offset + " of the compressed buffer");
  }
}
