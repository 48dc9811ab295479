package dev.mapsmith.labeling;

import java.nio.file.Path;

/**
 * A project file could not be created, opened or written: not a project, truncated, made by a newer
 * Mapsmith, in use by another process, or on storage that refuses writes. The message names the
 * file and the fault; nothing half-written is kept.
 */
public class ProjectException extends RuntimeException {

  private final Path file;

  public ProjectException(Path file, String message) {
    super(file + ": " + message);
    this.file = file;
  }

  public ProjectException(Path file, String message, Throwable cause) {
    super(file + ": " + message, cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
