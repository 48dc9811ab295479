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

  static PcdHeader parse(Path file, byte[] bytes) throws DriveLogException {
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
          for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] != 1 && sizes[i] != 2 && sizes[i] != 4 && sizes[i] != 8) {
              throw new DriveLogException(
                  file, where, "field " + fields.get(i) + " has SIZE " + sizes[i]);
            }
          }
          int n = points >= 0 ? points : width * height;
          if (n < 0) {
            throw new DriveLogException(file, where, "no POINTS or WIDTH before DATA");
          }
          return new PcdHeader(fields, sizes, types, counts, n, kind, pos, line);
        }
        default -> throw new DriveLogException(file, where, "unknown header entry '" + p[0] + "'");
      }
    }
    throw new DriveLogException(file, "line " + line, "header ends without a DATA line");
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
