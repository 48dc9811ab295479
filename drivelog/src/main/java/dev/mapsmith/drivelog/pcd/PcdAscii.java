package dev.mapsmith.drivelog.pcd;

import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.PointCloud;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The ascii data section of a PCD file: one point per line, values in field order. */
final class PcdAscii {

  private PcdAscii() {}

  static void read(Path file, FileChannel ch, PcdHeader h, int[] f, int fi, int ft, PointCloud out)
      throws IOException {
    int[] column = new int[h.fields().size()];
    int acc = 0;
    for (int i = 0; i < column.length; i++) {
      column[i] = acc;
      acc += h.counts()[i];
    }
    int values = acc, line = h.headerLines(), i = 0;
    BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Channels.newInputStream(ch.position(h.dataOffset())), StandardCharsets.US_ASCII),
            1 << 16);
    while (i < h.points()) {
      String raw = in.readLine();
      if (raw == null) {
        throw new DriveLogException(
            file, "line " + (line + 1), "data ends after " + i + " of " + h.points() + " points");
      }
      String text = raw.trim();
      line++;
      if (text.isEmpty()) {
        continue;
      }
      String[] p = text.split("\\s+");
      if (p.length != values) {
        throw new DriveLogException(
            file, "line " + line, "expected " + values + " values, found " + p.length);
      }
      try {
        float x = Float.parseFloat(p[column[f[0]]]);
        float y = Float.parseFloat(p[column[f[1]]]);
        float z = Float.parseFloat(p[column[f[2]]]);
        if (!Float.isFinite(x + y + z)) {
          throw new DriveLogException(file, "line " + line, "non-finite coordinate");
        }
        out.x()[i] = x;
        out.y()[i] = y;
        out.z()[i] = z;
        if (fi >= 0) {
          double s = h.types()[fi] == 'U' && h.sizes()[fi] == 1 ? 1 / 255.0 : 1;
          out.intensity()[i] = (float) (Double.parseDouble(p[column[fi]]) * s);
        }
        if (ft >= 0) {
          out.time()[i] = Float.parseFloat(p[column[ft]]);
        }
      } catch (NumberFormatException e) {
        throw new DriveLogException(file, "line " + line, "not a number: '" + text + "'");
      }
      i++;
    }
  }
}
