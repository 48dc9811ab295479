package dev.mapsmith.viewer3d.gl;

import org.lwjgl.system.Configuration;

/**
 * Makes a context on the calling thread: EGL device, EGL surfaceless, then a hidden GLFW window.
 */
final class GlContexts {

  private GlContexts() {}

  static GlContext createCurrent(boolean debug) {
    String api = System.getProperty("org.lwjgl.opengl.contextAPI");
    RuntimeException eglFailure = null;
    if (api == null || api.equalsIgnoreCase("EGL")) {
      Configuration.OPENGL_CONTEXT_API.set("EGL");
      try {
        return EglContext.create(debug);
      } catch (RuntimeException | UnsatisfiedLinkError e) {
        eglFailure = new IllegalStateException("EGL: " + e, e);
        if (!hasDisplay()) {
          throw new IllegalStateException("no OpenGL context and no display; " + eglFailure, e);
        }
        Configuration.OPENGL_CONTEXT_API.set((String) null);
      }
    }
    try {
      return GlfwHiddenContext.create(debug);
    } catch (RuntimeException e) {
      if (eglFailure != null) {
        e.addSuppressed(eglFailure);
      }
      throw e;
    }
  }

  private static boolean hasDisplay() {
    return !isBlank(System.getenv("DISPLAY")) || !isBlank(System.getenv("WAYLAND_DISPLAY"));
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
