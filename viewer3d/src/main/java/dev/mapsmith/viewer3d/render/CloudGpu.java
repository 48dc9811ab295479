package dev.mapsmith.viewer3d.render;

import static org.lwjgl.opengl.GL33C.*;

import dev.mapsmith.viewer3d.PointCloud;
import dev.mapsmith.viewer3d.gl.GlObjects;
import dev.mapsmith.viewer3d.gl.GlObjects.Kind;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import org.lwjgl.system.MemoryUtil;

/**
 * One cloud on the GPU, stored in level-of-detail order: a buffer of x, y, z, intensity floats and,
 * when the cloud has them, one of packed class/drive/time shorts. Render thread only.
 */
final class CloudGpu implements AutoCloseable {

  private static final int BLOCK = 1 << 18;

  private final GlObjects objects;
  private final LodIndex lod;
  private final int vao;
  private final int positions;
  private final int extras;
  private final IntBuffer firstBuf;
  private final IntBuffer countBuf;
  private final int[] first;
  private final int[] count;
  final CloudStats stats;
  private final int size;
  private final PointCloud cloud;

  CloudGpu(GlObjects objects, PointCloud cloud) {
    this(objects, cloud, step -> {});
  }

  /**
   * Uploads {@code cloud}; {@code beforeStep} is told each upload step ("positions", "extras")
   * first, so tests can inject a failure there. When any step fails the GL objects made so far are
   * deleted before the failure goes on.
   */
  CloudGpu(GlObjects objects, PointCloud cloud, java.util.function.Consumer<String> beforeStep) {
    this.objects = objects;
    this.size = cloud.size();
    this.cloud = cloud;
    this.lod = LodIndex.build(cloud);
    this.stats = CloudStats.of(cloud);
    int[] made = new int[3]; // vao, positions, extras
    try {
      made[0] = objects.vertexArray();
      glBindVertexArray(made[0]);
      made[1] = objects.buffer();
      glBindBuffer(GL_ARRAY_BUFFER, made[1]);
      glBufferData(GL_ARRAY_BUFFER, 16L * size, GL_STATIC_DRAW);
      beforeStep.accept("positions");
      uploadPositions(cloud);
      glVertexAttribPointer(0, 4, GL_FLOAT, false, 16, 0);
      glEnableVertexAttribArray(0);
      if (cloud.hasExtras()) {
        made[2] = objects.buffer();
        glBindBuffer(GL_ARRAY_BUFFER, made[2]);
        glBufferData(GL_ARRAY_BUFFER, 4L * size, GL_STATIC_DRAW);
        beforeStep.accept("extras");
        uploadExtras(cloud);
        glVertexAttribIPointer(1, 2, GL_UNSIGNED_SHORT, 4, 0);
        glEnableVertexAttribArray(1);
      } else {
        glDisableVertexAttribArray(1);
        glVertexAttribI4ui(1, 0, 0, 0, 0);
      }
    } catch (RuntimeException | Error e) {
      glBindVertexArray(0);
      glBindBuffer(GL_ARRAY_BUFFER, 0);
      objects.delete(Kind.BUFFER, made[2]);
      objects.delete(Kind.BUFFER, made[1]);
      objects.delete(Kind.VERTEX_ARRAY, made[0]);
      throw e;
    }
    vao = made[0];
    positions = made[1];
    extras = made[2];
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    firstBuf = MemoryUtil.memAllocInt(Math.max(1, lod.chunks()));
    countBuf = MemoryUtil.memAllocInt(Math.max(1, lod.chunks()));
    first = new int[lod.chunks()];
    count = new int[lod.chunks()];
  }

  private void uploadPositions(PointCloud cloud) {
    ByteBuffer staging = MemoryUtil.memAlloc(16 * Math.min(BLOCK, Math.max(1, size)));
    try {
      for (int from = 0; from < size; from += BLOCK) {
        int to = Math.min(size, from + BLOCK);
        staging.clear();
        for (int i = from; i < to; i++) {
          int p = lod.order[i];
          staging.putFloat(cloud.x(p)).putFloat(cloud.y(p)).putFloat(cloud.z(p));
          staging.putFloat(cloud.intensity(p));
        }
        staging.flip();
        glBufferSubData(GL_ARRAY_BUFFER, 16L * from, staging);
      }
    } finally {
      MemoryUtil.memFree(staging);
    }
  }

  private void uploadExtras(PointCloud cloud) {
    ByteBuffer staging = MemoryUtil.memAlloc(4 * Math.min(BLOCK, Math.max(1, size)));
    float t0 = stats.timeMin();
    float tScale = stats.timeMax() > t0 ? 65535f / (stats.timeMax() - t0) : 0;
    try {
      for (int from = 0; from < size; from += BLOCK) {
        int to = Math.min(size, from + BLOCK);
        staging.clear();
        for (int i = from; i < to; i++) {
          int p = lod.order[i];
          staging.putShort((short) (cloud.pointClass(p) << 8 | cloud.drive(p)));
          staging.putShort((short) Math.round((cloud.time(p) - t0) * tScale));
        }
        staging.flip();
        glBufferSubData(GL_ARRAY_BUFFER, 4L * from, staging);
      }
    } finally {
      MemoryUtil.memFree(staging);
    }
  }

  int size() {
    return size;
  }

  /**
   * The cloud point nearest to the ray (origin o, unit direction d) among those within {@code
   * radius} of {@code around}, with its squared distance to the ray in [3]; null if none.
   */
  double[] nearestToRay(double[] o, double[] d, double[] around, double radius) {
    double[] best = null;
    double bestD = radius * radius;
    float[] b = lod.chunkBounds;
    for (int c = 0; c < lod.chunks(); c++) {
      int k = 6 * c;
      if (around[0] < b[k] - radius
          || around[0] > b[k + 3] + radius
          || around[1] < b[k + 1] - radius
          || around[1] > b[k + 4] + radius
          || around[2] < b[k + 2] - radius
          || around[2] > b[k + 5] + radius) {
        continue;
      }
      for (int i = lod.chunkStart[c], e = i + lod.chunkCount[c]; i < e; i++) {
        int p = lod.order[i];
        double px = cloud.x(p) - around[0],
            py = cloud.y(p) - around[1],
            pz = cloud.z(p) - around[2];
        if (px * px + py * py + pz * pz > radius * radius) {
          continue;
        }
        double qx = cloud.x(p) - o[0], qy = cloud.y(p) - o[1], qz = cloud.z(p) - o[2];
        double t = qx * d[0] + qy * d[1] + qz * d[2];
        double dist = qx * qx + qy * qy + qz * qz - t * t;
        if (dist < bestD) {
          bestD = dist;
          best = new double[] {cloud.x(p), cloud.y(p), cloud.z(p), dist};
        }
      }
    }
    return best;
  }

  /** min x, y, z, max x, y, z of the whole cloud; empty (infinite) for no points. */
  float[] bounds() {
    float[] b = {
      Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY,
      Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY
    };
    for (int c = 0; c < lod.chunks(); c++) {
      for (int k = 0; k < 3; k++) {
        b[k] = Math.min(b[k], lod.chunkBounds[6 * c + k]);
        b[k + 3] = Math.max(b[k + 3], lod.chunkBounds[6 * c + k + 3]);
      }
    }
    return b;
  }

  /** Draws within the budget (or everything when {@code view} is null); returns points drawn. */
  long draw(LodView view, long budget) {
    if (size == 0) {
      return 0;
    }
    glBindVertexArray(vao);
    if (view == null) {
      glDrawArrays(GL_POINTS, 0, size);
      glBindVertexArray(0);
      return size;
    }
    int entries = LodSelection.select(lod, view, budget, first, count);
    long drawn = 0;
    firstBuf.clear();
    countBuf.clear();
    for (int i = 0; i < entries; i++) {
      firstBuf.put(first[i]);
      countBuf.put(count[i]);
      drawn += count[i];
    }
    firstBuf.flip();
    countBuf.flip();
    if (entries > 0) {
      glMultiDrawArrays(GL_POINTS, firstBuf, countBuf);
    }
    glBindVertexArray(0);
    return drawn;
  }

  @Override
  public void close() {
    objects.delete(Kind.VERTEX_ARRAY, vao);
    objects.delete(Kind.BUFFER, positions);
    objects.delete(Kind.BUFFER, extras);
    MemoryUtil.memFree(firstBuf);
    MemoryUtil.memFree(countBuf);
  }
}
