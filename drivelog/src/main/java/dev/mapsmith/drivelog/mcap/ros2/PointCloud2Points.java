package dev.mapsmith.drivelog.mcap.ros2;

import dev.mapsmith.drivelog.PointCloud;

/**
 * Turns a {@link PointCloud2Message} into a {@link PointCloud}: x, y, z by name; intensity from
 * {@code intensity} (or {@code i}, {@code reflectivity}), scaled to [0, 1] by its datatype (uint8
 * /255, uint16 /65535; float values above 1 are read as 0..255 and clamped); per-point time from
 * {@code time}/{@code time_offset} (float seconds, relative), {@code t}/{@code offset_time}
 * (integer nanoseconds, relative) or {@code timestamp} (float64 seconds, absolute).
 */
public final class PointCloud2Points {

  private PointCloud2Points() {}

  public static PointCloud read(PointCloud2Message m) {
    PointField x = m.field("x"), y = m.field("y"), z = m.field("z");
    if (x == null || y == null || z == null) {
      throw new CdrException(
          "the point cloud has no x, y and z fields (it has "
              + m.fields().stream().map(PointField::name).toList()
              + ")",
          0);
    }
    PointField time = timeField(m);
    int n = m.pointCount();
    PointCloud c = PointCloud.allocate(n, time != null);
    if (!PointReader.xyzFloat32(m, x, y, z, c.x(), c.y(), c.z())) {
      PointReader.read(m, x, c.x(), 1);
      PointReader.read(m, y, c.y(), 1);
      PointReader.read(m, z, c.z(), 1);
    }
    intensity(m, c);
    if (time != null) {
      time(m, time, c.time());
    }
    return c;
  }

  private static void intensity(PointCloud2Message m, PointCloud c) {
    PointField f = m.field("intensity");
    f = f != null ? f : m.field("i");
    f = f != null ? f : m.field("reflectivity");
    if (f == null) {
      return;
    }
    double scale =
        switch (f.datatype()) {
          case PointField.UINT8, PointField.INT8 -> 1 / 255.0;
          case PointField.UINT16, PointField.INT16 -> 1 / 65535.0;
          default -> 1;
        };
    float[] in = c.intensity();
    PointReader.read(m, f, in, scale);
    if (scale == 1) {
      float max = 0;
      for (int i = 0; i < c.size(); i++) {
        max = Math.max(max, in[i]);
      }
      if (max > 1) {
        for (int i = 0; i < c.size(); i++) {
          in[i] = Math.min(1f, Math.max(0f, in[i] / 255f));
        }
      }
    }
  }

  private static PointField timeField(PointCloud2Message m) {
    for (String name : new String[] {"time", "time_offset", "t", "offset_time", "timestamp"}) {
      PointField f = m.field(name);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  private static void time(PointCloud2Message m, PointField f, float[] out) {
    boolean floating = f.datatype() == PointField.FLOAT32 || f.datatype() == PointField.FLOAT64;
    if (f.name().equals("timestamp") && f.datatype() == PointField.FLOAT64) {
      PointReader.readRelative(m, f, out, m.header().stampNs() / 1e9);
    } else {
      PointReader.read(m, f, out, floating ? 1 : 1e-9);
    }
  }
}
