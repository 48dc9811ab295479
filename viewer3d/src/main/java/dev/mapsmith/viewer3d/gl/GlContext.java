package dev.mapsmith.viewer3d.gl;

/** An OpenGL context that is current on the thread that created it. Closed on that thread. */
public interface GlContext extends AutoCloseable {

  /** How the context was made, e.g. {@code EGL surfaceless}, for logs and reports. */
  String description();

  @Override
  void close();
}
