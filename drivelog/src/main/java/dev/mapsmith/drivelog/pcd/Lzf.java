package dev.mapsmith.drivelog.pcd;

import java.io.IOException;

/** A decoder for LZF (liblzf), as PCL's {@code binary_compressed} data uses it. */
public final class Lzf {

  /** The most output one input byte can give: a 3-byte back reference copies at most 264 bytes. */
  public static final long MAX_RATIO = 88;

  private Lzf() {}

  /** Thrown on corrupt data; {@link #offset()} is the byte in the compressed input at fault. */
  public static final class CorruptException extends IOException {
    private final long offset;

    CorruptException(long offset, String what) {
      super(what + " at compressed byte " + offset);
      this.offset = offset;
    }

    public long offset() {
      return offset;
    }
  }

  /**
   * Decompresses {@code length} bytes of {@code in} from {@code off} into exactly {@code outLength}
   * bytes.
   */
  public static byte[] decompress(byte[] in, int off, int length, int outLength)
      throws CorruptException {
    byte[] out = new byte[outLength];
    int ip = off, end = off + length, op = 0;
    while (ip < end) {
      int ctrl = in[ip++] & 0xff;
      if (ctrl < 32) {
        int run = ctrl + 1;
        if (ip + run > end) {
          throw new CorruptException(
              ip - 1 - off, "literal run of " + run + " passes the input end");
        }
        if (op + run > outLength) {
          throw new CorruptException(ip - 1 - off, "output longer than the stated " + outLength);
        }
        System.arraycopy(in, ip, out, op, run);
        ip += run;
        op += run;
      } else {
        int start = ip - 1;
        int len = ctrl >>> 5;
        if (len == 7) {
          if (ip >= end) {
            throw new CorruptException(start - off, "back reference cut off");
          }
          len += in[ip++] & 0xff;
        }
        if (ip >= end) {
          throw new CorruptException(start - off, "back reference cut off");
        }
        int ref = op - ((ctrl & 0x1f) << 8) - 1 - (in[ip++] & 0xff);
        len += 2;
        if (ref < 0) {
          throw new CorruptException(start - off, "back reference before the output start");
        }
        if (op + len > outLength) {
          throw new CorruptException(start - off, "output longer than the stated " + outLength);
        }
        for (int k = 0; k < len; k++) {
          out[op++] = out[ref++];
        }
      }
    }
    if (op != outLength) {
      throw new CorruptException(length, "output is " + op + " bytes, header says " + outLength);
    }
    return out;
  }
}
