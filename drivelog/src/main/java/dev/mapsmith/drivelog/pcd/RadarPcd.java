package dev.mapsmith.drivelog.pcd;

import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.InputFiles;
import dev.mapsmith.drivelog.RadarPoints;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * Reads a radar file in the nuScenes layout (nuScenes, and the simulator's drives): binary PCD v0.7
 * whose fields (x y z dyn_prop id rcs vx vy vx_comp vy_comp is_quality_valid ambig_state ...
 * invalid_state ...) are found by name in the header, never assumed. Keeps the returns the nuScenes
 * devkit keeps by default: {@code invalid_state} 0, {@code dyn_prop} 0–6 and {@code ambig_state} 3
 * (each filter applies when its field exists).
 */
public final class RadarPcd {

  public static final String[] REQUIRED = {
    "x", "y", "z", "rcs", "vx", "vy", "vx_comp", "vy_comp", "dyn_prop"
  };

  private RadarPcd() {}

  public static RadarPoints read(Path file) throws DriveLogException {
    PcdHeader h = PcdReader.header(file);
    if (!h.data().equals("binary")) {
      throw new DriveLogException(file, "DATA", "radar PCD must be binary, is " + h.data());
    }
    int[] at = new int[h.fields().size()];
    for (int i = 1; i < at.length; i++) {
      at[i] = at[i - 1] + h.sizes()[i - 1] * h.counts()[i - 1];
    }
    int[] f = new int[REQUIRED.length];
    for (int k = 0; k < f.length; k++) {
      f[k] = h.fields().indexOf(REQUIRED[k]);
      if (f[k] < 0) {
        throw new DriveLogException(
            file,
            "FIELDS",
            "radar PCD has no field '" + REQUIRED[k] + "' (has " + h.fields() + ")");
      }
    }
    int n = h.points(), stride = h.pointBytes();
    long size = InputFiles.size(file);
    if (h.dataOffset() + (long) n * stride > size) {
      throw new DriveLogException(
          file,
          "byte offset " + size,
          "data ends before " + n + " points of " + stride + " bytes: truncated");
    }
    // the file's bytes plus eight float32 values, dyn_prop and a keep flag per point
    InputFiles.requireMemory(file, "", size + (long) n * 34, "the radar sweep");
    byte[] bytes = InputFiles.readAll(file, Integer.MAX_VALUE - 8, "a radar sweep");
    if (h.dataOffset() + (long) n * stride > bytes.length) {
      throw new DriveLogException(file, "byte offset " + bytes.length, "file shrank while read");
    }
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int invalid = h.fields().indexOf("invalid_state"), ambig = h.fields().indexOf("ambig_state");
    RadarPoints all = RadarPoints.allocate(n);
    float[][] dst = {
      all.x(), all.y(), all.z(), all.rcs(), all.vx(), all.vy(), all.vxComp(), all.vyComp()
    };
    boolean[] keep = new boolean[n];
    for (int i = 0; i < n; i++) {
      int base = h.dataOffset() + i * stride;
      for (int k = 0; k < dst.length; k++) {
        dst[k][i] = (float) value(b, h, f[k], base + at[f[k]]);
      }
      int dyn = (int) value(b, h, f[8], base + at[f[8]]);
      all.dynProp()[i] = (byte) dyn;
      keep[i] =
          dyn >= 0
              && dyn <= 6
              && (invalid < 0 || value(b, h, invalid, base + at[invalid]) == 0)
              && (ambig < 0 || value(b, h, ambig, base + at[ambig]) == 3);
    }
    return all.select(i -> keep[i]);
  }

  private static double value(ByteBuffer b, PcdHeader h, int field, int pos) {
    return PcdReader.value(b, pos, h.types()[field], h.sizes()[field]);
  }
}
