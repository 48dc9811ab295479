package dev.mapsmith.viewer3d.gl;

import static org.lwjgl.glfw.GLFW.*;

/** The fallback: a hidden 1×1 GLFW window whose context draws into framebuffer objects. */
final class GlfwHiddenContext implements GlContext {

  private final long window;

  private GlfwHiddenContext(long window) {
    this.window = window;
  }

  static GlfwHiddenContext create(boolean debug) {
    if (!glfwInit()) {
      throw new IllegalStateException("GLFW could not start (no display?)");
    }
    glfwDefaultWindowHints();
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    glfwWindowHint(GLFW_OPENGL_DEBUG_CONTEXT, debug ? GLFW_TRUE : GLFW_FALSE);
    long window = glfwCreateWindow(1, 1, "mapsmith-viewer3d", 0, 0);
    if (window == 0) {
      glfwTerminate();
      throw new IllegalStateException("GLFW could not make a hidden window");
    }
    glfwMakeContextCurrent(window);
    return new GlfwHiddenContext(window);
  }

  @Override
  public String description() {
    return "GLFW hidden window";
  }

  @Override
  public void close() {
    glfwMakeContextCurrent(0);
    glfwDestroyWindow(window);
    glfwTerminate();
  }
}
