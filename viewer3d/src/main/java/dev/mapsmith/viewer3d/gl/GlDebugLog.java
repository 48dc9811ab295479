package dev.mapsmith.viewer3d.gl;

import static org.lwjgl.opengl.GL43C.*;

import java.util.ArrayList;
import java.util.List;
import org.lwjgl.opengl.GL;
import org.lwjgl.opengl.GLCapabilities;
import org.lwjgl.opengl.GLDebugMessageCallback;
import org.lwjgl.opengl.KHRDebug;

/**
 * Records GL errors reported through KHR_debug (GL 4.3) and by {@code glGetError}. Lives on the
 * render thread; {@link #errors()} may be read from any thread.
 */
public final class GlDebugLog implements AutoCloseable {

  private final List<String> errors = new ArrayList<>();
  private final GLDebugMessageCallback callback;

  GlDebugLog() {
    GLCapabilities caps = GL.getCapabilities();
    if (caps.OpenGL43 || caps.GL_KHR_debug) {
      callback = GLDebugMessageCallback.create(this::onMessage);
      glEnable(GL_DEBUG_OUTPUT);
      glEnable(GL_DEBUG_OUTPUT_SYNCHRONOUS);
      if (caps.OpenGL43) {
        glDebugMessageCallback(callback, 0);
      } else {
        KHRDebug.glDebugMessageCallback(callback, 0);
      }
    } else {
      callback = null;
    }
  }

  /** Whether the driver reports through a debug callback (else only glGetError is checked). */
  public boolean hasCallback() {
    return callback != null;
  }

  private void onMessage(
      int source, int type, int id, int severity, int length, long message, long user) {
    if (type == GL_DEBUG_TYPE_ERROR || severity == GL_DEBUG_SEVERITY_HIGH) {
      record(GLDebugMessageCallback.getMessage(length, message));
    }
  }

  /** Polls glGetError until it is clean, recording each error with where it was seen. */
  void checkGetError(String where) {
    for (int e = glGetError(), n = 0; e != GL_NO_ERROR && n < 16; e = glGetError(), n++) {
      record("glGetError 0x" + Integer.toHexString(e) + " after " + where);
    }
  }

  private synchronized void record(String message) {
    errors.add(message);
  }

  /** All errors seen so far, a copy. */
  public synchronized List<String> errors() {
    return List.copyOf(errors);
  }

  /** How many errors were recorded so far (a mark for {@link #since}). */
  synchronized int count() {
    return errors.size();
  }

  /** The errors recorded after the mark {@code count}. */
  synchronized List<String> since(int count) {
    return count >= errors.size() ? List.of() : List.copyOf(errors.subList(count, errors.size()));
  }

  /** Forgets recorded errors; for tests that provoke one on purpose. */
  public synchronized void clearForTest() {
    errors.clear();
  }

  @Override
  public void close() {
    if (callback != null) {
      glDebugMessageCallback(null, 0);
      callback.free();
    }
  }
}
