package dev.mapsmith.drivelog.pcd;

import dev.mapsmith.drivelog.DriveLogException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A PCD header: fields with size, type (F, U, I) and count, the number of points, the data kind
 * ({@code ascii}, {@code binary}, {@code binary_compressed}), and where the data starts.
 */
public record PcdHeader(
    List<String> fields,
    int[] sizes,
    char[] types,
    int[] counts,
    int points,
    String data,
    int dataOffset,
    int headerLines) {

  /** The largest point accepted: far above any real layout, small enough that sums stay ints. */
  static final int MAX_POINT_BYTES = 1 << 16;

  /** Bytes of one point, all fields together. */
  public int pointBytes() {
    int s = 0;
    for (int i = 0; i < sizes.length; i++) {
      s += sizes[i] * counts[i];
    }
    return s;
  }

  public int indexOf(String... names) {
    for (String n : names) {
      int i = fields.indexOf(n);
      if (i >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Fails unless the file's {@code size} bytes can hold the points the header declares: binary
   * needs every point's bytes, ascii at least two bytes per value; binary_compressed is checked
   * when its size header is read.
   */
  void checkSize(Path file, long size) throws DriveLogException {
    long left = size - dataOffset;
    long values = 0;
    for (int c : counts) {
      values += c;
    }
    if ("binary".equals(data) && (long) pointBytes() * points > left) {
      throw new DriveLogException(
          file,
          "byte offset " + size,
          "data ends after " + left / Math.max(1, pointBytes()) + " of " + points + " points");
    }
    if ("ascii".equals(data) && points > 0 && 2 * values * points - 1 > left) {
      throw new DriveLogException(
          file,
          "line " + (headerLines + 1),
          "POINTS says "
              + points
              + " but only "
              + left
              + " bytes of ascii data follow (at least 2 per value)");
    }
  }

  static PcdHeader parse(Path file, byte[] bytes) throws DriveLogException {
    return parse(file, bytes, false);
  }

  /** {@code more}: the file goes on past {@code bytes}, so a missing DATA line is a long header. */
  static PcdHeader parse(Path file, byte[] bytes, boolean more) throws DriveLogException {
    List<String> fields = null;
    int[] sizes = null, counts = null;
    char[] types = null;
    int width = -1, height = 1, points = -1, line = 0, pos = 0;
    while (pos < bytes.length) {
      int eol = pos;
      while (eol < bytes.length && bytes[eol] != '\n') {
        eol++;
      }
      String text = new String(bytes, pos, eol - pos, StandardCharsets.US_ASCII).trim();
      pos = Math.min(eol + 1, bytes.length);
      line++;
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      String[] p = text.split("\\s+");
      String where = "line " + line;
      switch (p[0].toUpperCase()) {
        case "VERSION", "VIEWPOINT" -> {}
        case "FIELDS" -> fields = List.of(p).subList(1, p.length);
        case "SIZE" -> sizes = ints(file, where, p);
        case "COUNT" -> counts = ints(file, where, p);
        case "TYPE" -> {
          types = new char[p.length - 1];
          for (int i = 1; i < p.length; i++) {
            if (p[i].length() != 1 || "FUI".indexOf(p[i].charAt(0)) < 0) {
              throw new DriveLogException(file, where, "TYPE '" + p[i] + "' is not F, U or I");
            }
            types[i - 1] = p[i].charAt(0);
          }
        }
        case "WIDTH" -> width = ints(file, where, p)[0];
        case "HEIGHT" -> height = ints(file, where, p)[0];
        case "POINTS" -> points = ints(file, where, p)[0];
        case "DATA" -> {
          String kind = p.length > 1 ? p[1].toLowerCase() : "";
          if (!List.of("ascii", "binary", "binary_compressed").contains(kind)) {
            throw new DriveLogException(
                file, where, "DATA '" + kind + "' is not ascii, binary or binary_compressed");
          }
          if (fields == null || sizes == null || types == null) {
            throw new DriveLogException(file, where, "FIELDS, SIZE and TYPE must come before DATA");
          }
          if (counts == null) {
            counts = new int[fields.size()];
            java.util.Arrays.fill(counts, 1);
          }
          if (sizes.length != fields.size()
              || types.length != fields.size()
              || counts.length != fields.size()) {
            throw new DriveLogException(
                file, where, "FIELDS, SIZE, TYPE and COUNT differ in length");
          }
          long stride = 0;
          for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] != 1 && sizes[i] != 2 && sizes[i] != 4 && sizes[i] != 8) {
              throw new DriveLogException(
                  file, where, "field " + fields.get(i) + " has SIZE " + sizes[i]);
            }
            if (types[i] == 'F' && sizes[i] < 4) {
              throw new DriveLogException(
                  file, where, "field " + fields.get(i) + ": TYPE F needs SIZE 4 or 8");
            }
            if (counts[i] < 1) {
              throw new DriveLogException(
                  file,
                  where,
                  "field " + fields.get(i) + " has COUNT 0; each field needs 1 or more");
            }
            stride += (long) sizes[i] * counts[i];
          }
          if (stride > MAX_POINT_BYTES) {
            throw new DriveLogException(
                file, where, "a point of " + stride + " bytes (COUNT too large)");
          }
          long n = points >= 0 ? points : width < 0 ? -1 : (long) width * height;
          if (n < 0) {
            throw new DriveLogException(file, where, "no POINTS or WIDTH before DATA");
          }
          if (n > Integer.MAX_VALUE - 8) {
            throw new DriveLogException(file, where, n + " points are more than one cloud holds");
          }
          return new PcdHeader(fields, sizes, types, counts, (int) n, kind, pos, line);
        }
        default -> throw new DriveLogException(file, where, "unknown header entry '" + p[0] + "'");
      }
    }
    throw new DriveLogException(
        file,
        "line " + line,
        more
            ? "no DATA line in the first " + bytes.length + " bytes (not a PCD header)"
            : "header ends without a DATA line");
  }

  private static int[] ints(Path file, String where, String[] p) throws DriveLogException {
    if (p.length < 2) {
      throw new DriveLogException(file, where, p[0] + " has no values");
    }
    List<Integer> out = new ArrayList<>();
    for (int i = 1; i < p.length; i++) {
      try {
        int v = Integer.parseInt(p[i]);
        if (v < 0) {
          throw new NumberFormatException();
        }
        out.add(v);
      } catch (NumberFormatException e) {
        throw new DriveLogException(file, where, p[0] + " value '" + p[i] + "' is not a count");
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}
