package dev.mapsmith.drivelog.mcap.ros2;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads one numeric point field of every point of a {@link PointCloud2Message} into a float array,
 * whatever its datatype, by name and byte offset (never by position in the field list).
 */
final class PointReader {

  private PointReader() {}

  /** Fills {@code out[0..n)} with the field's values, scaled by {@code scale}. */
  static void read(PointCloud2Message m, PointField f, float[] out, double scale) {
    ByteBuffer bb =
        ByteBuffer.wrap(m.buffer())
            .order(m.bigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    int n = m.pointCount(), step = m.pointStep();
    int at = m.dataFrom() + f.offset();
    float s = (float) scale;
    switch (f.datatype()) {
      case PointField.FLOAT32 -> {
        for (int i = 0; i < n; i++, at += step) {
          out[i] = bb.getFloat(at) * s;
        }
      }
      case PointField.FLOAT64 -> {
        for (int i = 0; i < n; i++, at += step) {
          out[i] = (float) (bb.getDouble(at) * scale);
        }
      }
      case PointField.UINT8 -> {
        for (int i = 0; i < n; i++, at += step) {
          out[i] = (bb.get(at) & 0xff) * s;
        }
      }
      case PointField.INT8 -> {
        for (int i = 0; i < n; i++, at += step) {
          out[i] = bb.get(at) * s;
        }
      }
      case PointField.UINT16 -> {
        for (int i = 0; i < n; i++, at += step) {
          out[i] = (bb.getShort(at) & 0xffff) * s;
        }
      }
      case PointField.INT16 -> {
        for (int i = 0; i < n; i++, at += step) {
          out[i] = bb.getShort(at) * s;
        }
      }
      case PointField.UINT32 -> {
        for (int i = 0; i < n; i++, at += step) {
          out[i] = (float) ((bb.getInt(at) & 0xffffffffL) * scale);
        }
      }
      case PointField.INT32 -> {
        for (int i = 0; i < n; i++, at += step) {
          out[i] = (float) (bb.getInt(at) * scale);
        }
      }
      default -> throw new CdrException("point field datatype " + f.datatype(), 0);
    }
  }

  private static final VarHandle FLOAT_LE =
      MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);

  /** x, y, z in one pass when all three are little-endian float32 (the usual layout). */
  static boolean xyzFloat32(
      PointCloud2Message m,
      PointField x,
      PointField y,
      PointField z,
      float[] ox,
      float[] oy,
      float[] oz) {
    if (m.bigEndian()
        || x.datatype() != PointField.FLOAT32
        || y.datatype() != PointField.FLOAT32
        || z.datatype() != PointField.FLOAT32) {
      return false;
    }
    byte[] b = m.buffer();
    int n = m.pointCount(), step = m.pointStep();
    int at = m.dataFrom(), dx = x.offset(), dy = y.offset(), dz = z.offset();
    for (int i = 0; i < n; i++, at += step) {
      ox[i] = (float) FLOAT_LE.get(b, at + dx);
      oy[i] = (float) FLOAT_LE.get(b, at + dy);
      oz[i] = (float) FLOAT_LE.get(b, at + dz);
    }
    return true;
  }

  /** Reads an absolute float64 time field (seconds) as an offset from {@code originSeconds}. */
  static void readRelative(PointCloud2Message m, PointField f, float[] out, double origin) {
    ByteBuffer bb =
        ByteBuffer.wrap(m.buffer())
            .order(m.bigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    int n = m.pointCount(), step = m.pointStep();
    int at = m.dataFrom() + f.offset();
    for (int i = 0; i < n; i++, at += step) {
      out[i] = (float) (bb.getDouble(at) - origin);
    }
  }
}
