package dev.mapsmith.viewer3d.gl;

import java.util.List;

/**
 * GL reported errors (through the KHR_debug callback or glGetError) while a render-thread task ran,
 * and the thread fails tasks on errors: set the system property {@code mapsmith.gl.failOnError} to
 * {@code true} (the test setup does) so that no GL error passes unnoticed.
 */
public final class GlErrorException extends IllegalStateException {

  private final List<String> errors;

  public GlErrorException(List<String> errors) {
    super("GL reported " + errors.size() + " error(s): " + String.join("; ", errors));
    this.errors = List.copyOf(errors);
  }

  public List<String> errors() {
    return errors;
  }
}
