package dev.mapsmith.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What kind of file a path names, in words a user understands ("a named pipe (FIFO)", "a
 * directory"), so that a reader refuses anything but a regular file before it opens it: opening a
 * FIFO blocks forever, a device never ends.
 */
public final class FileKind {

  private FileKind() {}

  /**
   * Null when {@code file} is a regular file (following symbolic links when {@code followLinks}),
   * else what it is instead: "missing", "a directory", "a named pipe (FIFO)", "a character device",
   * "a block device", "a socket", "a symbolic link" or "a special file".
   */
  public static String notRegular(Path file, boolean followLinks) {
    LinkOption[] opts =
        followLinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(file, BasicFileAttributes.class, opts);
    } catch (IOException e) {
      return Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? "not readable (" + e + ")" : "missing";
    }
    if (a.isRegularFile()) {
      return null;
    }
    if (a.isDirectory()) {
      return "a directory";
    }
    if (a.isSymbolicLink()) {
      return "a symbolic link";
    }
    return special(file, opts);
  }

  private static String special(Path file, LinkOption[] opts) {
    try {
      int type = ((Integer) Files.getAttribute(file, "unix:mode", opts)) & 0170000;
      return switch (type) {
        case 0010000 -> "a named pipe (FIFO)";
        case 0020000 -> "a character device";
        case 0060000 -> "a block device";
        case 0140000 -> "a socket";
        default -> "a special file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "a special file (FIFO, device or socket)";
    }
  }
}
