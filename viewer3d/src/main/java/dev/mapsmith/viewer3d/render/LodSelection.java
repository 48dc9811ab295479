package dev.mapsmith.viewer3d.render;

import org.joml.FrustumIntersection;

/**
 * Chooses how many points of each chunk to draw: visible chunks get a prefix sized by their area on
 * screen (about {@link #POINTS_PER_PIXEL} per pixel, never more than they hold), and all are scaled
 * down together so the total stays within the budget.
 */
final class LodSelection {

  static final float POINTS_PER_PIXEL = 1.0f;

  private LodSelection() {}

  /**
   * Fills {@code first}/{@code count} (one entry per drawn chunk) and returns how many entries; the
   * points drawn are the sum of {@code count}, at most {@code budget}.
   */
  static int select(LodIndex lod, LodView view, long budget, int[] first, int[] count) {
    FrustumIntersection frustum = view.frustum();
    float[] b = lod.chunkBounds;
    int k = 0;
    double wanted = 0;
    double[] desired = new double[lod.chunks()];
    int[] visible = new int[lod.chunks()];
    for (int c = 0; c < lod.chunks(); c++) {
      int o = 6 * c;
      if (!frustum.testAab(b[o], b[o + 1], b[o + 2], b[o + 3], b[o + 4], b[o + 5])) {
        continue;
      }
      float cx = (b[o] + b[o + 3]) / 2,
          cy = (b[o + 1] + b[o + 4]) / 2,
          cz = (b[o + 2] + b[o + 5]) / 2;
      float dx = b[o + 3] - b[o], dy = b[o + 4] - b[o + 1];
      float radius = (float) Math.sqrt(dx * dx + dy * dy) / 2 + 1e-3f;
      float px;
      if (view.orthographic()) {
        px = radius * view.pxPerMetre();
      } else {
        float dist = view.eye().distance(cx, cy, cz);
        px = radius * view.pxPerMetre() / Math.max(dist, radius);
      }
      double d = Math.min(lod.chunkCount[c], (double) px * px * 2 * POINTS_PER_PIXEL);
      desired[k] = Math.max(1, d);
      visible[k] = c;
      wanted += desired[k];
      k++;
    }
    double scale = wanted > budget ? budget / wanted : 1;
    int entries = 0;
    for (int i = 0; i < k; i++) {
      int n = (int) Math.floor(desired[i] * scale);
      if (n > 0) {
        first[entries] = lod.chunkStart[visible[i]];
        count[entries] = n;
        entries++;
      }
    }
    return entries;
  }

  /** Every chunk in full, for raw drawing. */
  static int all(LodIndex lod, int[] first, int[] count) {
    System.arraycopy(lod.chunkStart, 0, first, 0, lod.chunks());
    System.arraycopy(lod.chunkCount, 0, count, 0, lod.chunks());
    return lod.chunks();
  }
}
