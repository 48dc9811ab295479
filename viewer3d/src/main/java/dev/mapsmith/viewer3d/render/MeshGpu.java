package dev.mapsmith.viewer3d.render;

import static org.lwjgl.opengl.GL33C.*;

import dev.mapsmith.viewer3d.gl.GlObjects;
import dev.mapsmith.viewer3d.gl.GlObjects.Kind;

/** Line quads or markers on the GPU: one vertex buffer and its layout. Render thread only. */
final class MeshGpu implements AutoCloseable {

  private final GlObjects objects;
  private final int vao;
  private final int vbo;
  private final int vertices;
  private final int mode;

  private MeshGpu(GlObjects objects, float[] data, int strideFloats, int mode, int[][] layout) {
    this.objects = objects;
    this.vertices = data.length / strideFloats;
    this.mode = mode;
    vao = objects.vertexArray();
    vbo = objects.buffer();
    glBindVertexArray(vao);
    glBindBuffer(GL_ARRAY_BUFFER, vbo);
    glBufferData(GL_ARRAY_BUFFER, data, GL_STATIC_DRAW);
    int offset = 0;
    for (int i = 0; i < layout.length; i++) {
      int size = layout[i][0];
      boolean integer = layout[i][1] == 1;
      if (integer) {
        glVertexAttribIPointer(i, size, GL_UNSIGNED_INT, strideFloats * 4, offset * 4L);
      } else {
        glVertexAttribPointer(i, size, GL_FLOAT, false, strideFloats * 4, offset * 4L);
      }
      glEnableVertexAttribArray(i);
      offset += size;
    }
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
  }

  static MeshGpu lines(GlObjects objects, LineBuilder b) {
    int[][] layout = {{3, 0}, {3, 0}, {4, 0}, {2, 0}, {4, 0}, {1, 1}};
    return new MeshGpu(objects, b.data.toArray(), LineBuilder.STRIDE_FLOATS, GL_TRIANGLES, layout);
  }

  static MeshGpu markers(GlObjects objects, MarkerBuilder b) {
    int[][] layout = {{4, 0}, {4, 0}, {1, 1}};
    return new MeshGpu(objects, b.data.toArray(), MarkerBuilder.STRIDE_FLOATS, GL_POINTS, layout);
  }

  void draw() {
    if (vertices == 0) {
      return;
    }
    glBindVertexArray(vao);
    glDrawArrays(mode, 0, vertices);
    glBindVertexArray(0);
  }

  @Override
  public void close() {
    objects.delete(Kind.VERTEX_ARRAY, vao);
    objects.delete(Kind.BUFFER, vbo);
  }
}
