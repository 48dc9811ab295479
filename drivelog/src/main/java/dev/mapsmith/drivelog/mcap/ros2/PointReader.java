package dev.mapsmith.drivelog.mcap.ros2;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Reads point fields of every point of a {@link PointCloud2Message} into float arrays, whatever
 * their datatype, by name and byte offset (never by position in the field list). Each read is one
 * tight loop over the point bytes through a constant byte-array view ({@link VarHandle}), one per
 * datatype and byte order: no buffer objects and no per-point calls (the view's load is inlined).
 */
final class PointReader {

  private PointReader() {}

  private static final VarHandle F32_LE = view(float[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle F32_BE = view(float[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle F64_LE = view(double[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle F64_BE = view(double[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle I16_LE = view(short[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle I16_BE = view(short[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle I32_LE = view(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle I32_BE = view(int[].class, ByteOrder.BIG_ENDIAN);

  private static VarHandle view(Class<?> array, ByteOrder order) {
    return MethodHandles.byteArrayViewVarHandle(array, order);
  }

  /** Fills {@code out[0..n)} with the field's values, scaled by {@code scale}. */
  static void read(PointCloud2Message m, PointField f, float[] out, double scale) {
    byte[] b = m.buffer();
    boolean be = m.bigEndian();
    int n = m.pointCount(), step = m.pointStep();
    int at = m.dataFrom() + f.offset();
    float s = (float) scale;
    // The view handles are used as constants in each loop (a handle held in a variable is not
    // inlined by the JIT and costs a call per point), hence one loop per byte order.
    switch (f.datatype()) {
      case PointField.FLOAT32 -> {
        if (be) {
          for (int i = 0; i < n; i++, at += step) {
            out[i] = (float) F32_BE.get(b, at) * s;
          }
        } else {
          for (int i = 0; i < n; i++, at += step) {
            out[i] = (float) F32_LE.get(b, at) * s;
          }
        }
      }
      case PointField.FLOAT64 -> {
        if (be) {
          for (int i = 0; i < n; i++, at += step) {
            out[i] = (float) ((double) F64_BE.get(b, at) * scale);
          }
        } else {
          for (int i = 0; i < n; i++, at += step) {
            out[i] = (float) ((double) F64_LE.get(b, at) * scale);
          }
        }
      }
      case PointField.UINT8 -> {
        for (int i = 0; i < n; i++, at += step) {
          out[i] = (b[at] & 0xff) * s;
        }
      }
      case PointField.INT8 -> {
        for (int i = 0; i < n; i++, at += step) {
          out[i] = b[at] * s;
        }
      }
      case PointField.UINT16 -> {
        if (be) {
          for (int i = 0; i < n; i++, at += step) {
            out[i] = ((short) I16_BE.get(b, at) & 0xffff) * s;
          }
        } else {
          for (int i = 0; i < n; i++, at += step) {
            out[i] = ((short) I16_LE.get(b, at) & 0xffff) * s;
          }
        }
      }
      case PointField.INT16 -> {
        if (be) {
          for (int i = 0; i < n; i++, at += step) {
            out[i] = (short) I16_BE.get(b, at) * s;
          }
        } else {
          for (int i = 0; i < n; i++, at += step) {
            out[i] = (short) I16_LE.get(b, at) * s;
          }
        }
      }
      case PointField.UINT32 -> {
        if (be) {
          for (int i = 0; i < n; i++, at += step) {
            out[i] = (float) (((int) I32_BE.get(b, at) & 0xffffffffL) * scale);
          }
        } else {
          for (int i = 0; i < n; i++, at += step) {
            out[i] = (float) (((int) I32_LE.get(b, at) & 0xffffffffL) * scale);
          }
        }
      }
      case PointField.INT32 -> {
        if (be) {
          for (int i = 0; i < n; i++, at += step) {
            out[i] = (float) ((int) I32_BE.get(b, at) * scale);
          }
        } else {
          for (int i = 0; i < n; i++, at += step) {
            out[i] = (float) ((int) I32_LE.get(b, at) * scale);
          }
        }
      }
      default -> throw new CdrException("point field datatype " + f.datatype(), 0);
    }
  }

  /** x, y, z in one pass when all three are float32 (the usual layout), else false. */
  static boolean xyzFloat32(
      PointCloud2Message m,
      PointField x,
      PointField y,
      PointField z,
      float[] ox,
      float[] oy,
      float[] oz) {
    if (x.datatype() != PointField.FLOAT32
        || y.datatype() != PointField.FLOAT32
        || z.datatype() != PointField.FLOAT32) {
      return false;
    }
    byte[] b = m.buffer();
    int n = m.pointCount(), step = m.pointStep();
    int at = m.dataFrom(), dx = x.offset(), dy = y.offset(), dz = z.offset();
    if (m.bigEndian()) {
      for (int i = 0; i < n; i++, at += step) {
        ox[i] = (float) F32_BE.get(b, at + dx);
        oy[i] = (float) F32_BE.get(b, at + dy);
        oz[i] = (float) F32_BE.get(b, at + dz);
      }
    } else {
      for (int i = 0; i < n; i++, at += step) {
        ox[i] = (float) F32_LE.get(b, at + dx);
        oy[i] = (float) F32_LE.get(b, at + dy);
        oz[i] = (float) F32_LE.get(b, at + dz);
      }
    }
    return true;
  }

  /** Reads an absolute float64 time field (seconds) as an offset from {@code originSeconds}. */
  static void readRelative(PointCloud2Message m, PointField f, float[] out, double origin) {
    byte[] b = m.buffer();
    int n = m.pointCount(), step = m.pointStep();
    int at = m.dataFrom() + f.offset();
    if (m.bigEndian()) {
      for (int i = 0; i < n; i++, at += step) {
        out[i] = (float) ((double) F64_BE.get(b, at) - origin);
      }
    } else {
      for (int i = 0; i < n; i++, at += step) {
        out[i] = (float) ((double) F64_LE.get(b, at) - origin);
      }
    }
  }
}
