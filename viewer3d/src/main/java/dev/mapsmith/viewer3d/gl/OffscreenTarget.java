package dev.mapsmith.viewer3d.gl;

import static org.lwjgl.opengl.GL33C.*;

import dev.mapsmith.viewer3d.gl.GlObjects.Kind;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.system.MemoryUtil;

/**
 * A framebuffer to draw into: colour (RGBA8), a pick-id attachment (R32UI, 0 = nothing) and depth.
 * Reads back as ARGB ints, rows top first when the projection flips y. Render thread only.
 */
public final class OffscreenTarget implements AutoCloseable {

  private final GlObjects objects;
  private final int width;
  private final int height;
  private final int framebuffer;
  private final int color;
  private final int ids;
  private final int depth;
  private IntBuffer pixels;

  public OffscreenTarget(GlObjects objects, int width, int height) {
    if (width < 1 || height < 1 || width > 16384 || height > 16384) {
      throw new IllegalArgumentException("bad framebuffer size " + width + "x" + height);
    }
    this.objects = objects;
    this.width = width;
    this.height = height;
    framebuffer = objects.framebuffer();
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
    color = attach(GL_RGBA8, GL_COLOR_ATTACHMENT0);
    ids = attach(GL_R32UI, GL_COLOR_ATTACHMENT1);
    depth = attach(GL_DEPTH_COMPONENT24, GL_DEPTH_ATTACHMENT);
    int status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    if (status != GL_FRAMEBUFFER_COMPLETE) {
      close();
      throw new IllegalStateException("framebuffer incomplete: 0x" + Integer.toHexString(status));
    }
    pixels = MemoryUtil.memAllocInt(width * height);
  }

  private int attach(int format, int attachment) {
    int rb = objects.renderbuffer();
    glBindRenderbuffer(GL_RENDERBUFFER, rb);
    glRenderbufferStorage(GL_RENDERBUFFER, format, width, height);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, attachment, GL_RENDERBUFFER, rb);
    return rb;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** The GL framebuffer name, for passes that blit from it. */
  public int framebufferId() {
    return framebuffer;
  }

  /** Binds the framebuffer for drawing to both attachments and sets the viewport. */
  public void bind() {
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
    try (MemoryStack stack = MemoryStack.stackPush()) {
      glDrawBuffers(stack.ints(GL_COLOR_ATTACHMENT0, GL_COLOR_ATTACHMENT1));
    }
    glViewport(0, 0, width, height);
  }

  /** Clears colour to (r, g, b, 1), ids to 0 and depth to far. */
  public void clear(float r, float g, float b) {
    bind();
    try (MemoryStack stack = MemoryStack.stackPush()) {
      glClearBufferfv(GL_COLOR, 0, stack.floats(r, g, b, 1f));
      glClearBufferuiv(GL_COLOR, 1, stack.ints(0, 0, 0, 0));
      glClearBufferfv(GL_DEPTH, 0, stack.floats(1f));
    }
  }

  /** Reads the colour attachment as ARGB ints (alpha premultiplied), in GL row order. */
  public int[] readArgb() {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer);
    glReadBuffer(GL_COLOR_ATTACHMENT0);
    glPixelStorei(GL_PACK_ALIGNMENT, 4);
    pixels.clear(); // a buffer whose position is not 0 crashes Mesa's glReadPixels
    glReadPixels(0, 0, width, height, GL_BGRA, GL_UNSIGNED_INT_8_8_8_8_REV, pixels);
    int[] out = new int[width * height];
    pixels.get(0, out);
    return out;
  }

  /** Reads the pick ids of a window (GL coordinates, clipped to the target), row by row. */
  public int[] readIds(int x, int y, int w, int h) {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer);
    glReadBuffer(GL_COLOR_ATTACHMENT1);
    try (MemoryStack stack = MemoryStack.stackPush()) {
      IntBuffer buf = stack.mallocInt(w * h);
      glReadPixels(x, y, w, h, GL_RED_INTEGER, GL_UNSIGNED_INT, buf);
      int[] out = new int[w * h];
      buf.get(0, out);
      return out;
    }
  }

  /** Reads depth values in [0, 1] of a window (GL coordinates), row by row. */
  public float[] readDepth(int x, int y, int w, int h) {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer);
    try (MemoryStack stack = MemoryStack.stackPush()) {
      FloatBuffer buf = stack.mallocFloat(w * h);
      glReadPixels(x, y, w, h, GL_DEPTH_COMPONENT, GL_FLOAT, buf);
      float[] out = new float[w * h];
      buf.get(0, out);
      return out;
    }
  }

  @Override
  public void close() {
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    objects.delete(Kind.FRAMEBUFFER, framebuffer);
    objects.delete(Kind.RENDERBUFFER, color);
    objects.delete(Kind.RENDERBUFFER, ids);
    objects.delete(Kind.RENDERBUFFER, depth);
    if (pixels != null) {
      MemoryUtil.memFree(pixels);
      pixels = null;
    }
  }
}
