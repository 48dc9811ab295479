package dev.mapsmith.viewer3d.render;

import dev.mapsmith.viewer3d.PointCloud;
import java.util.SplittableRandom;

/**
 * Level-of-detail order for a cloud: points are sorted into ground-plane grid cells ("chunks") of
 * about {@link #TARGET_PER_CHUNK} points (more for big clouds) and shuffled inside each chunk, so
 * that any prefix of a chunk is an even subsample of it. A frame draws, per visible chunk, a prefix
 * whose length follows the chunk's size on screen, scaled down to fit the point budget (as Potree's
 * budget does with its octree nodes). Pure CPU; built once per cloud.
 */
final class LodIndex {

  static final int TARGET_PER_CHUNK = 8192;

  /**
   * Software GL pays per draw in a multi-draw, so big clouds get bigger chunks: about this many
   * chunks at most.
   */
  static final int MAX_CHUNKS = 2048;

  /** Source index of the point stored at each position. */
  final int[] order;

  final int[] chunkStart;
  final int[] chunkCount;

  /** Per chunk: min x, y, z, max x, y, z. */
  final float[] chunkBounds;

  private LodIndex(int[] order, int[] chunkStart, int[] chunkCount, float[] chunkBounds) {
    this.order = order;
    this.chunkStart = chunkStart;
    this.chunkCount = chunkCount;
    this.chunkBounds = chunkBounds;
  }

  int chunks() {
    return chunkStart.length;
  }

  static LodIndex build(PointCloud cloud) {
    int n = cloud.size();
    float minX = Float.POSITIVE_INFINITY, minY = Float.POSITIVE_INFINITY;
    float maxX = Float.NEGATIVE_INFINITY, maxY = Float.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      minX = Math.min(minX, cloud.x(i));
      maxX = Math.max(maxX, cloud.x(i));
      minY = Math.min(minY, cloud.y(i));
      maxY = Math.max(maxY, cloud.y(i));
    }
    if (n == 0) {
      return new LodIndex(new int[0], new int[0], new int[0], new float[0]);
    }
    double w = Math.max(1e-3, maxX - minX), h = Math.max(1e-3, maxY - minY);
    double perChunk = Math.max(TARGET_PER_CHUNK, (double) n / MAX_CHUNKS);
    double cell = Math.sqrt(w * h * perChunk / n);
    int nx = (int) Math.min(4096, Math.max(1, Math.ceil(w / cell)));
    int ny = (int) Math.min(4096, Math.max(1, Math.ceil(h / cell)));
    double sx = nx / w, sy = ny / h;
    int cells = nx * ny;
    int[] cellOf = new int[n];
    int[] counts = new int[cells + 1];
    for (int i = 0; i < n; i++) {
      int cx = (int) Math.min(nx - 1, (cloud.x(i) - minX) * sx);
      int cy = (int) Math.min(ny - 1, (cloud.y(i) - minY) * sy);
      int c = cy * nx + cx;
      cellOf[i] = c;
      counts[c + 1]++;
    }
    int used = 0;
    for (int c = 0; c < cells; c++) {
      if (counts[c + 1] > 0) {
        used++;
      }
      counts[c + 1] += counts[c];
    }
    int[] order = new int[n];
    int[] fill = counts.clone();
    for (int i = 0; i < n; i++) {
      order[fill[cellOf[i]]++] = i;
    }
    cellOf = null;
    int[] start = new int[used];
    int[] count = new int[used];
    float[] bounds = new float[6 * used];
    SplittableRandom random = new SplittableRandom(42);
    for (int c = 0, k = 0; c < cells; c++) {
      int from = counts[c], to = counts[c + 1];
      if (to == from) {
        continue;
      }
      for (int i = to - 1; i > from; i--) {
        int j = from + random.nextInt(i - from + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      start[k] = from;
      count[k] = to - from;
      boundsOf(cloud, order, from, to, bounds, 6 * k);
      k++;
    }
    return new LodIndex(order, start, count, bounds);
  }

  private static void boundsOf(PointCloud cloud, int[] order, int from, int to, float[] b, int o) {
    b[o] = b[o + 1] = b[o + 2] = Float.POSITIVE_INFINITY;
    b[o + 3] = b[o + 4] = b[o + 5] = Float.NEGATIVE_INFINITY;
    for (int i = from; i < to; i++) {
      int p = order[i];
      b[o] = Math.min(b[o], cloud.x(p));
      b[o + 1] = Math.min(b[o + 1], cloud.y(p));
      b[o + 2] = Math.min(b[o + 2], cloud.z(p));
      b[o + 3] = Math.max(b[o + 3], cloud.x(p));
      b[o + 4] = Math.max(b[o + 4], cloud.y(p));
      b[o + 5] = Math.max(b[o + 5], cloud.z(p));
    }
  }
}
