package dev.mapsmith.drivelog.av2;

import dev.mapsmith.drivelog.DriveLogException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.apache.arrow.vector.BaseIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float2Vector;
import org.apache.arrow.vector.FloatingPointVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;

/** Copies Arrow columns into Java arrays, whatever their numeric type (float16 included). */
final class Columns {

  /** float16 bit pattern to float, for all 65536 patterns. */
  private static final float[] HALF = new float[65536];

  static {
    for (int i = 0; i < 65536; i++) {
      HALF[i] = halfToFloat((short) i);
    }
  }

  private static final ThreadLocal<short[]> SHORTS = ThreadLocal.withInitial(() -> new short[0]);
  private static final ThreadLocal<byte[]> BYTES = ThreadLocal.withInitial(() -> new byte[0]);

  private Columns() {}

  static FieldVector vector(Path file, VectorSchemaRoot root, String name)
      throws DriveLogException {
    FieldVector v = root.getVector(name);
    if (v == null) {
      throw new DriveLogException(file, "column " + name, "missing column '" + name + "'");
    }
    return v;
  }

  /** Values of a numeric column as floats into {@code dst} from {@code offset}. */
  static void floats(Path file, FieldVector v, float[] dst, int offset) throws DriveLogException {
    int n = v.getValueCount();
    if (n > dst.length - offset) {
      throw new DriveLogException(
          file, "column " + v.getName(), "more rows than the file's metadata declares");
    }
    if (v.getNullCount() > 0) {
      throw new DriveLogException(
          file, "column " + v.getName(), v.getNullCount() + " null values in a numeric column");
    }
    if (v instanceof Float2Vector h) {
      halves(h, dst, offset, n);
    } else if (v instanceof FloatingPointVector f) {
      for (int i = 0; i < n; i++) {
        dst[offset + i] = (float) f.getValueAsDouble(i);
      }
    } else if (v instanceof BaseIntVector b) {
      for (int i = 0; i < n; i++) {
        dst[offset + i] = b.getValueAsLong(i);
      }
    } else {
      throw typeError(file, v);
    }
  }

  /** float16 column to floats: one bulk copy of the raw bits, then a table lookup per value. */
  private static void halves(Float2Vector h, float[] dst, int offset, int n) {
    short[] bits = SHORTS.get();
    if (bits.length < n) {
      bits = new short[n];
      SHORTS.set(bits);
    }
    byte[] raw = BYTES.get();
    if (raw.length < 2 * n) {
      raw = new byte[2 * n];
      BYTES.set(raw);
    }
    h.getDataBuffer().getBytes(0, raw, 0, 2 * n);
    ByteBuffer.wrap(raw, 0, 2 * n).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(bits, 0, n);
    for (int i = 0; i < n; i++) {
      dst[offset + i] = HALF[bits[i] & 0xffff];
    }
  }

  static double doubleAt(Path file, FieldVector v, int i) throws DriveLogException {
    if (v.isNull(i)) {
      throw new DriveLogException(file, "column " + v.getName() + ", row " + i, "value is null");
    }
    if (v instanceof Float2Vector h) {
      return HALF[h.get(i) & 0xffff];
    }
    if (v instanceof FloatingPointVector f) {
      return f.getValueAsDouble(i);
    }
    if (v instanceof BaseIntVector b) {
      return b.getValueAsLong(i);
    }
    throw typeError(file, v);
  }

  static long longAt(Path file, FieldVector v, int i) throws DriveLogException {
    if (v.isNull(i)) {
      throw new DriveLogException(file, "column " + v.getName() + ", row " + i, "value is null");
    }
    if (v instanceof BaseIntVector b) {
      return b.getValueAsLong(i);
    }
    throw typeError(file, v);
  }

  static String stringAt(Path file, FieldVector v, int i) throws DriveLogException {
    if (v instanceof VarCharVector s) {
      return new String(s.get(i), java.nio.charset.StandardCharsets.UTF_8);
    }
    throw typeError(file, v);
  }

  private static DriveLogException typeError(Path file, FieldVector v) {
    return new DriveLogException(
        file, "column " + v.getName(), "unexpected type " + v.getField().getType());
  }

  /** IEEE 754 half precision to float. */
  static float halfToFloat(short bits) {
    int h = bits & 0xffff;
    int sign = (h >>> 15) << 31;
    int exp = (h >>> 10) & 0x1f;
    int mant = h & 0x3ff;
    if (exp == 0) {
      float v = mant * 0x1p-24f;
      return sign == 0 ? v : -v;
    }
    if (exp == 31) {
      return Float.intBitsToFloat(sign | 0x7f800000 | (mant << 13));
    }
    return Float.intBitsToFloat(sign | ((exp + 112) << 23) | (mant << 13));
  }
}
