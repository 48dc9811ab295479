package dev.mapsmith.viewer3d.bench;

import static org.lwjgl.opengl.GL33C.*;

import dev.mapsmith.viewer3d.CameraState;
import dev.mapsmith.viewer3d.PointCloud;
import dev.mapsmith.viewer3d.gl.GlObjects.Kind;
import dev.mapsmith.viewer3d.gl.OffscreenTarget;
import dev.mapsmith.viewer3d.gl.RenderThread;
import java.util.Arrays;
import org.joml.Matrix4d;
import org.joml.Matrix4f;
import org.lwjgl.system.MemoryStack;

/**
 * The reference the raw-draw goal is measured against: the same points, same camera and size, drawn
 * by the simplest GL program (xyz only, one colour, {@code glDrawArrays} + {@code glFinish}, no
 * read-back), on its own context in the same process.
 */
final class PlainGlBaseline {

  private PlainGlBaseline() {}

  /**
   * The cloud's points reordered by 4 m ground cell (row-major), so that a plain draw gets the
   * memory and tile locality the renderer's level-of-detail order gives it.
   */
  static PointCloud gridSorted(PointCloud cloud) {
    int n = cloud.size();
    if (n >= 1 << 22) {
      throw new IllegalArgumentException("gridSorted takes fewer than 4M points: " + n);
    }
    long[] keyed = new long[n];
    for (int i = 0; i < n; i++) {
      long cx = ((long) Math.floor(cloud.x(i) / 4) + (1L << 19)) & 0xFFFFF;
      long cy = ((long) Math.floor(cloud.y(i) / 4) + (1L << 19)) & 0xFFFFF;
      keyed[i] = (cx << 20 | cy) << 22 | i; // 20-bit cells, then the index (n < 4M)
    }
    Arrays.sort(keyed);
    float[] xyz = new float[3 * n];
    float[] intensity = new float[n];
    for (int k = 0; k < n; k++) {
      int i = (int) (keyed[k] & ((1 << 22) - 1));
      xyz[3 * k] = cloud.x(i);
      xyz[3 * k + 1] = cloud.y(i);
      xyz[3 * k + 2] = cloud.z(i);
      intensity[k] = cloud.intensity(i);
    }
    return PointCloud.of(xyz, intensity);
  }

  /** {median wall ms, mean process CPU ms} per frame. */
  static double[] medianMs(PointCloud cloud, CameraState camera, int w, int h, int frames) {
    try (RenderThread gl = RenderThread.start("baseline", false)) {
      return gl.call(() -> run(gl, cloud, camera, w, h, frames));
    }
  }

  private static double[] run(
      RenderThread gl, PointCloud cloud, CameraState camera, int w, int h, int frames) {
    String vs =
        "#version 330 core\nlayout(location=0) in vec3 p; uniform mat4 m;"
            + " void main(){ gl_Position = m * vec4(p, 1.0); gl_PointSize = 2.0; }";
    String fs = "#version 330 core\nout vec4 c; void main(){ c = vec4(1.0); }";
    var o = gl.objects();
    int prog = o.program();
    int s1 = o.shader(GL_VERTEX_SHADER), s2 = o.shader(GL_FRAGMENT_SHADER);
    glShaderSource(s1, vs);
    glCompileShader(s1);
    glShaderSource(s2, fs);
    glCompileShader(s2);
    glAttachShader(prog, s1);
    glAttachShader(prog, s2);
    glLinkProgram(prog);
    int vao = o.vertexArray(), vbo = o.buffer();
    glBindVertexArray(vao);
    glBindBuffer(GL_ARRAY_BUFFER, vbo);
    float[] xyz = new float[3 * cloud.size()];
    for (int i = 0; i < cloud.size(); i++) {
      xyz[3 * i] = cloud.x(i);
      xyz[3 * i + 1] = cloud.y(i);
      xyz[3 * i + 2] = cloud.z(i);
    }
    glBufferData(GL_ARRAY_BUFFER, xyz, GL_STATIC_DRAW);
    glVertexAttribPointer(0, 3, GL_FLOAT, false, 12, 0);
    glEnableVertexAttribArray(0);
    OffscreenTarget target = new OffscreenTarget(o, w, h);
    Matrix4d vp = camera.projectionMatrix((double) w / h, true).mul(camera.viewMatrix());
    glUseProgram(prog);
    try (MemoryStack stack = MemoryStack.stackPush()) {
      glUniformMatrix4fv(
          glGetUniformLocation(prog, "m"), false, new Matrix4f(vp).get(stack.mallocFloat(16)));
    }
    glEnable(GL_PROGRAM_POINT_SIZE);
    glEnable(GL_DEPTH_TEST);
    double[] ms = new double[frames];
    long cpu0 = ViewerBenchmark.processCpuNanos();
    for (int i = 0; i < frames; i++) {
      long t = System.nanoTime();
      target.clear(0, 0, 0);
      glDrawArrays(GL_POINTS, 0, cloud.size());
      glFinish();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    double cpu = (ViewerBenchmark.processCpuNanos() - cpu0) / 1e6 / frames;
    target.close();
    o.delete(Kind.VERTEX_ARRAY, vao);
    o.delete(Kind.BUFFER, vbo);
    o.delete(Kind.SHADER, s1);
    o.delete(Kind.SHADER, s2);
    o.delete(Kind.PROGRAM, prog);
    Arrays.sort(ms);
    return new double[] {ms[frames / 2], cpu};
  }
}
