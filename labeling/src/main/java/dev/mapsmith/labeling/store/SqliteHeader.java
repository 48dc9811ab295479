package dev.mapsmith.labeling.store;

import dev.mapsmith.core.io.FileKind;
import dev.mapsmith.labeling.ProjectException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks a file's SQLite header before SQLite touches it, so that a file that is not SQLite, or a
 * truncated one, is refused with a clear message and left exactly as it was.
 */
final class SqliteHeader {

  private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private SqliteHeader() {}

  static void check(Path file) {
    String kind = FileKind.notRegular(file, true);
    if (kind != null) {
      throw new ProjectException(
          file,
          kind.equals("missing") ? "no such project file" : "is " + kind + ", not a project file");
    }
    byte[] h = new byte[100];
    long size;
    try (InputStream in = Files.newInputStream(file)) {
      size = Files.size(file);
      int n = in.readNBytes(h, 0, 100);
      if (n < MAGIC.length || !startsWithMagic(h)) {
        throw new ProjectException(
            file, "not a Mapsmith project: not an SQLite database (bad header at byte 0)");
      }
      if (n < 100) {
        throw new ProjectException(
            file, "truncated project: " + size + " bytes, shorter than the 100-byte header");
      }
    } catch (IOException e) {
      throw new ProjectException(file, "cannot read: " + e.getMessage(), e);
    }
    int pageSize = ((h[16] & 0xff) << 8) | (h[17] & 0xff);
    if (pageSize == 1) {
      pageSize = 65536;
    }
    if (pageSize < 512 || Integer.bitCount(pageSize) != 1) {
      throw new ProjectException(
          file, "corrupt project header: page size " + pageSize + " at byte 16");
    }
    if (size % pageSize != 0) {
      throw new ProjectException(
          file,
          "truncated project: "
              + size
              + " bytes is not a whole number of "
              + pageSize
              + "-byte pages");
    }
    long pages = readInt(h, 28);
    // With a write-ahead log beside it, the file alone may lag its header (a checkpoint writes page
    // 1 first); the log completes it, so only a file without a log must hold all its pages.
    boolean pagesValid = pages != 0 && readInt(h, 24) == readInt(h, 92) && !hasWal(file);
    if (pagesValid && pages * pageSize > size) {
      throw new ProjectException(
          file,
          "truncated project: "
              + size
              + " bytes, but its header says "
              + pages
              + " pages of "
              + pageSize
              + " bytes ("
              + pages * pageSize
              + ")");
    }
  }

  private static boolean hasWal(Path file) {
    try {
      Path wal = file.resolveSibling(file.getFileName() + "-wal");
      return Files.exists(wal) && Files.size(wal) > 0;
    } catch (IOException e) {
      return true;
    }
  }

  private static boolean startsWithMagic(byte[] h) {
    for (int i = 0; i < MAGIC.length; i++) {
      if (h[i] != MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  private static long readInt(byte[] h, int at) {
    return ((h[at] & 0xffL) << 24)
        | ((h[at + 1] & 0xffL) << 16)
        | ((h[at + 2] & 0xffL) << 8)
        | (h[at + 3] & 0xffL);
  }
}
