package dev.mapsmith.drivelog.kitti;

import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.InputFiles;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * KITTI timestamp files: one {@code 2011-09-26 13:02:25.964389445} per line. KITTI stores local
 * time without a zone; it is read as UTC, so times are consistent within a drive.
 */
public final class KittiTimestamps {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSSSSS][.SSSSSS][.SSS]");

  private KittiTimestamps() {}

  /** Nanoseconds since the epoch, one per non-empty line. */
  public static long[] read(Path file) throws DriveLogException {
    List<String> lines =
        new java.util.ArrayList<>(
            InputFiles.readLines(file, InputFiles.TEXT_MAX, "a timestamps file"));
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    long[] out = new long[lines.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = parse(file, i + 1, lines.get(i));
    }
    return out;
  }

  static long parse(Path file, int line, String text) throws DriveLogException {
    try {
      String t = text.trim();
      int dot = t.indexOf('.');
      long extraNs = 0;
      if (dot > 0) {
        String frac = t.substring(dot + 1);
        if (frac.isEmpty() || frac.length() > 9 || !frac.chars().allMatch(Character::isDigit)) {
          throw new DateTimeParseException("bad fraction", t, dot);
        }
        extraNs = Long.parseLong((frac + "000000000").substring(0, 9));
        t = t.substring(0, dot);
      }
      LocalDateTime dt = LocalDateTime.parse(t, FORMAT);
      return dt.toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L + extraNs;
    } catch (DateTimeParseException e) {
      throw new DriveLogException(
          file,
          "line " + line,
          "not a timestamp like 2011-09-26 13:02:25.964389445: '" + text + "'");
    }
  }

  /** Formats nanoseconds since the epoch as KITTI writes them. */
  public static String format(long ns) {
    LocalDateTime dt =
        LocalDateTime.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L), 0, ZoneOffset.UTC);
    return String.format(
        "%s.%09d",
        dt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")),
        Math.floorMod(ns, 1_000_000_000L));
  }
}
