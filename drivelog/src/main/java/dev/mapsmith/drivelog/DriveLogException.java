package dev.mapsmith.drivelog;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A drive or map file could not be read. The message names the file, where in it (a line, a byte
 * offset, a column) and the fault.
 */
public class DriveLogException extends IOException {

  private final transient Path file;

  public DriveLogException(Path file, String where, String fault) {
    super(file + (where == null || where.isEmpty() ? "" : " (" + where + ")") + ": " + fault);
    this.file = file;
  }

  public DriveLogException(Path file, String where, String fault, Throwable cause) {
    this(file, where, fault);
    initCause(cause);
  }

  public Path file() {
    return file;
  }
}
