package dev.mapsmith.viewer3d.gl;

import static org.lwjgl.opengl.GL33C.*;

import java.util.EnumMap;
import java.util.Map;

/**
 * Creates and deletes GL objects and counts the live ones by kind, so tests can check that closing
 * a scene frees everything it made. Used on the render thread only.
 */
public final class GlObjects {

  /** The kinds of GL object the renderer makes. */
  public enum Kind {
    BUFFER,
    VERTEX_ARRAY,
    TEXTURE,
    RENDERBUFFER,
    FRAMEBUFFER,
    SHADER,
    PROGRAM
  }

  private final EnumMap<Kind, Integer> live = new EnumMap<>(Kind.class);

  public int buffer() {
    return count(Kind.BUFFER, glGenBuffers());
  }

  public int vertexArray() {
    return count(Kind.VERTEX_ARRAY, glGenVertexArrays());
  }

  public int texture() {
    return count(Kind.TEXTURE, glGenTextures());
  }

  public int renderbuffer() {
    return count(Kind.RENDERBUFFER, glGenRenderbuffers());
  }

  public int framebuffer() {
    return count(Kind.FRAMEBUFFER, glGenFramebuffers());
  }

  public int shader(int type) {
    return count(Kind.SHADER, glCreateShader(type));
  }

  public int program() {
    return count(Kind.PROGRAM, glCreateProgram());
  }

  /** Deletes an object of the given kind; 0 is ignored. */
  public void delete(Kind kind, int id) {
    if (id == 0) {
      return;
    }
    switch (kind) {
      case BUFFER -> glDeleteBuffers(id);
      case VERTEX_ARRAY -> glDeleteVertexArrays(id);
      case TEXTURE -> glDeleteTextures(id);
      case RENDERBUFFER -> glDeleteRenderbuffers(id);
      case FRAMEBUFFER -> glDeleteFramebuffers(id);
      case SHADER -> glDeleteShader(id);
      case PROGRAM -> glDeleteProgram(id);
    }
    live.merge(kind, -1, Integer::sum);
  }

  /** Live objects of all kinds. */
  public int liveCount() {
    return live.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Live objects by kind, a copy. */
  public Map<Kind, Integer> liveByKind() {
    return new EnumMap<>(live);
  }

  private int count(Kind kind, int id) {
    if (id == 0) {
      throw new IllegalStateException("GL could not create a " + kind);
    }
    live.merge(kind, 1, Integer::sum);
    return id;
  }
}
