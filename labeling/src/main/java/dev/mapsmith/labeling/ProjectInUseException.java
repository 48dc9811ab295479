package dev.mapsmith.labeling;

import java.nio.file.Path;

/** Another process (or another open {@link Project} in this one) holds the project for writing. */
public class ProjectInUseException extends ProjectException {

  private final String holder;

  public ProjectInUseException(Path file, String holder) {
    super(file, "in use by " + holder + "; close it there or open this project read-only");
    this.holder = holder;
  }

  /** Who holds it, e.g. {@code PID 4242 on HOST ws-7}. */
  public String holder() {
    return holder;
  }
}
