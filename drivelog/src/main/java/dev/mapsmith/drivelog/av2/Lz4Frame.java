package dev.mapsmith.drivelog.av2;

/**
 * Decodes LZ4 frames (the format Arrow's LZ4_FRAME buffers use) into a byte array, in one pass and
 * without streams. Checksums are skipped; any structural fault (bad magic, a block or match that
 * runs outside the input or output) raises {@link IllegalArgumentException} with the byte offset.
 */
public final class Lz4Frame {

  private static final int MAGIC = 0x184D2204;

  /** The most output one input byte can give (a match length byte of 255 adds 255 bytes). */
  static final long MAX_RATIO = 255;

  private Lz4Frame() {}

  /** Decodes {@code in[from..to)}, one or more frames, into exactly {@code out.length} bytes. */
  public static void decode(byte[] in, int from, int to, byte[] out) {
    decode(in, from, to, out, out.length);
  }

  /**
   * Decodes {@code in[from..to)}, one or more frames, into exactly {@code out[0..length)} (a
   * reusable buffer may be longer; nothing past {@code length} is written).
   */
  public static void decode(byte[] in, int from, int to, byte[] out, int length) {
    if (length < 0 || length > out.length) {
      throw new IllegalArgumentException("LZ4 output of " + length + " bytes does not fit");
    }
    int ip = from, op = 0;
    while (ip < to) {
      int magic = intLe(in, ip, to);
      if ((magic & 0xFFFFFFF0) == 0x184D2A50) { // skippable frame
        long skip = Integer.toUnsignedLong(intLe(in, ip + 4, to));
        if (skip > to - ip - 8) {
          throw fault("skippable LZ4 frame of " + skip + " bytes runs past the end", ip + 4);
        }
        ip += 8 + (int) skip;
        continue;
      }
      if (magic != MAGIC) {
        throw fault("not an LZ4 frame (magic " + Integer.toHexString(magic) + ")", ip);
      }
      ip += 4;
      if (ip + 3 > to) {
        throw fault("LZ4 frame header cut off", ip);
      }
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
          if (len > length - op) {
            throw fault("LZ4 data larger than the declared size", ip);
          }
          System.arraycopy(in, ip, out, op, len);
          op += len;
        } else {
          op = block(in, ip, ip + len, out, op, length);
        }
        ip += len + (blockChecksum ? 4 : 0);
      }
      ip += contentChecksum ? 4 : 0;
    }
    if (op != length) {
      throw fault("LZ4 data gives " + op + " bytes, declared " + length, to);
    }
  }

  /** Decodes one LZ4 block; returns the new output position. */
  static int block(byte[] in, int ip, int end, byte[] out, int op) {
    return block(in, ip, end, out, op, out.length);
  }

  /** Decodes one LZ4 block into {@code out[op..limit)}; returns the new output position. */
  static int block(byte[] in, int ip, int end, byte[] out, int op, int limit) {
    while (ip < end) {
      int token = in[ip++] & 0xff;
      int lit = token >>> 4;
      if (lit == 15) {
        int b;
        do {
          if (ip >= end) {
            throw fault("LZ4 literal length cut off", ip);
          }
          b = in[ip++] & 0xff;
          lit += b;
        } while (b == 255);
      }
      if (lit < 0 || lit > end - ip || lit > limit - op) {
        throw fault("LZ4 literal run out of bounds", ip);
      }
      System.arraycopy(in, ip, out, op, lit);
      ip += lit;
      op += lit;
      if (ip >= end) {
        break; // the last sequence has literals only
      }
      if (ip + 2 > end) {
        throw fault("LZ4 match offset cut off", ip);
      }
      int offset = (in[ip] & 0xff) | (in[ip + 1] & 0xff) << 8;
      ip += 2;
      int match = token & 15;
      if (match == 15) {
        int b;
        do {
          if (ip >= end) {
            throw fault("LZ4 match length cut off", ip);
          }
          b = in[ip++] & 0xff;
          match += b;
        } while (b == 255);
      }
      match += 4;
      int ref = op - offset;
      if (offset == 0 || ref < 0 || match < 0 || match > limit - op) {
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
