package dev.mapsmith.viewer3d.render;

import static org.lwjgl.opengl.GL33C.*;

import dev.mapsmith.viewer3d.EyeDomeLighting;
import dev.mapsmith.viewer3d.gl.GlObjects;
import dev.mapsmith.viewer3d.gl.GlObjects.Kind;
import dev.mapsmith.viewer3d.gl.OffscreenTarget;
import java.nio.ByteBuffer;
import org.joml.Matrix4d;
import org.lwjgl.system.MemoryStack;

/**
 * Applies {@link EyeDomeLighting} to what a target holds: copies its colour and depth into
 * textures, then redraws the colour attachment shaded (pick ids and depth stay). Render thread
 * only; textures follow the target's size.
 */
final class EyeDomePass implements AutoCloseable {

  private final GlObjects objects;
  private final ShaderProgram program;
  private final int vao;
  private int framebuffer;
  private int colorTex;
  private int depthTex;
  private int width;
  private int height;

  EyeDomePass(GlObjects objects) {
    this.objects = objects;
    program = new ShaderProgram(objects, "eye-dome", Shaders.FULLSCREEN_VS, Shaders.EYE_DOME_FS);
    vao = objects.vertexArray();
  }

  /** Shades the target's colour by depth steps; {@code proj} is the projection used to draw. */
  void apply(OffscreenTarget target, Matrix4d proj, boolean ortho, EyeDomeLighting edl) {
    ensureSize(target.width(), target.height());
    glBindFramebuffer(GL_READ_FRAMEBUFFER, target.framebufferId());
    glReadBuffer(GL_COLOR_ATTACHMENT0);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, framebuffer);
    glDrawBuffer(GL_COLOR_ATTACHMENT0);
    glBlitFramebuffer(
        0,
        0,
        width,
        height,
        0,
        0,
        width,
        height,
        GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT,
        GL_NEAREST);

    target.bind();
    try (MemoryStack stack = MemoryStack.stackPush()) {
      glDrawBuffers(stack.ints(GL_COLOR_ATTACHMENT0, GL_NONE));
    }
    glDisable(GL_DEPTH_TEST);
    glDepthMask(false);
    program.use();
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, colorTex);
    glActiveTexture(GL_TEXTURE1);
    glBindTexture(GL_TEXTURE_2D, depthTex);
    program.set("uColor", 0);
    program.set("uDepth", 1);
    program.set("uProj", (float) proj.m22(), (float) proj.m32());
    program.set("uOrtho", ortho ? 1 : 0);
    // In an orthographic view a depth step counts in units of the visible half height.
    program.set("uOrthoScale", (float) Math.abs(proj.m11()));
    program.set("uStrength", edl.strength());
    program.set("uRadius", edl.radiusPx());
    glBindVertexArray(vao);
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
    glBindTexture(GL_TEXTURE_2D, 0);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, 0);
    glDepthMask(true);
    glEnable(GL_DEPTH_TEST);
    target.bind();
  }

  private void ensureSize(int w, int h) {
    if (framebuffer != 0 && w == width && h == height) {
      return;
    }
    freeTargets();
    width = w;
    height = h;
    framebuffer = objects.framebuffer();
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
    colorTex = texture(GL_RGBA8, GL_RGBA, GL_UNSIGNED_BYTE);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, colorTex, 0);
    depthTex = texture(GL_DEPTH_COMPONENT24, GL_DEPTH_COMPONENT, GL_UNSIGNED_INT);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_TEXTURE_2D, depthTex, 0);
    int status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    if (status != GL_FRAMEBUFFER_COMPLETE) {
      throw new IllegalStateException(
          "eye-dome framebuffer incomplete: 0x" + Integer.toHexString(status));
    }
  }

  private int texture(int internal, int format, int type) {
    int t = objects.texture();
    glBindTexture(GL_TEXTURE_2D, t);
    glTexImage2D(GL_TEXTURE_2D, 0, internal, width, height, 0, format, type, (ByteBuffer) null);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glBindTexture(GL_TEXTURE_2D, 0);
    return t;
  }

  private void freeTargets() {
    objects.delete(Kind.FRAMEBUFFER, framebuffer);
    objects.delete(Kind.TEXTURE, colorTex);
    objects.delete(Kind.TEXTURE, depthTex);
    framebuffer = colorTex = depthTex = 0;
  }

  @Override
  public void close() {
    freeTargets();
    objects.delete(Kind.VERTEX_ARRAY, vao);
    program.close();
  }
}
