package dev.mapsmith.drivelog;

import dev.mapsmith.core.io.FileKind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The one place drive and map readers open input files. Only regular files are opened (a FIFO,
 * device or directory where a file is expected is refused at once, so nothing hangs); the size is
 * known before anything is read; and memory that a file's header asks for is checked against the
 * bytes that exist and against a per-file memory budget before it is allocated.
 */
public final class InputFiles {

  /** Overrides the per-file memory budget, in MiB. */
  public static final String BUDGET_PROPERTY = "mapsmith.fileMemoryBudgetMb";

  /** The most bytes of a list-like text file (timestamps, signals): millions of lines. */
  public static final long TEXT_MAX = 256L << 20;

  private InputFiles() {}

  /** The size of {@code file}; fails unless it is a regular file (symbolic links followed). */
  public static long size(Path file) throws DriveLogException {
    String kind = FileKind.notRegular(file, true);
    if (kind != null) {
      throw new DriveLogException(
          file, "", kind.equals("missing") ? "no such file" : "is " + kind + ", not a file");
    }
    try {
      return java.nio.file.Files.size(file);
    } catch (IOException e) {
      throw new DriveLogException(file, "", "cannot read size: " + e.getMessage(), e);
    }
  }

  /** Opens a regular file for reading. */
  public static FileChannel open(Path file) throws DriveLogException {
    size(file);
    try {
      return FileChannel.open(file, StandardOpenOption.READ);
    } catch (IOException e) {
      throw new DriveLogException(file, "", "cannot read: " + e, e);
    }
  }

  /** The whole file, which must be at most {@code maxBytes} long ({@code what} names it). */
  public static byte[] readAll(Path file, long maxBytes, String what) throws DriveLogException {
    long size = size(file);
    if (size > maxBytes) {
      throw new DriveLogException(
          file, "", what + " of " + size + " bytes is larger than the " + maxBytes + " expected");
    }
    byte[] out = new byte[(int) size];
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer b = ByteBuffer.wrap(out);
      while (b.hasRemaining() && ch.read(b) >= 0) {
        // keep reading
      }
      if (b.hasRemaining()) {
        throw new DriveLogException(file, "byte offset " + b.position(), "file shrank while read");
      }
    } catch (DriveLogException e) {
      throw e;
    } catch (IOException e) {
      throw new DriveLogException(file, "", "cannot read: " + e, e);
    }
    return out;
  }

  /** The lines of a UTF-8 text file of at most {@code maxBytes}. */
  public static List<String> readLines(Path file, long maxBytes, String what)
      throws DriveLogException {
    return new String(readAll(file, maxBytes, what), StandardCharsets.UTF_8).lines().toList();
  }

  /** The per-file memory budget in bytes: half the heap, or {@value #BUDGET_PROPERTY} MiB. */
  public static long budgetBytes() {
    String mb = System.getProperty(BUDGET_PROPERTY);
    if (mb != null) {
      try {
        return Long.parseLong(mb.trim()) << 20;
      } catch (NumberFormatException ignored) {
        // fall back to the default
      }
    }
    return Runtime.getRuntime().maxMemory() / 2;
  }

  /** Fails when reading {@code what} from {@code file} would take more than the memory budget. */
  public static void requireMemory(Path file, String where, long bytes, String what)
      throws DriveLogException {
    String refusal = overBudget(bytes, what);
    if (refusal != null) {
      throw new DriveLogException(file, where, refusal);
    }
  }

  /**
   * Null when {@code bytes} of memory for {@code what} fit the per-file budget, else the refusal
   * (for readers that report a fault with their own position, such as an MCAP record's offset).
   */
  public static String overBudget(long bytes, String what) {
    long budget = budgetBytes();
    if (bytes >= 0 && bytes <= budget) {
      return null;
    }
    return what
        + " needs "
        + (bytes < 0 ? "more than 2^63 bytes" : (bytes >> 20) + " MiB")
        + " of memory, more than the per-file budget of "
        + (budget >> 20)
        + " MiB (raise -Xmx or -D"
        + BUDGET_PROPERTY
        + ")";
  }
}
