package dev.mapsmith.reconstruction.learned;

import dev.mapsmith.core.raster.BevGrid;
import java.util.Arrays;

/** Ground height under a map point: the raster's lowest z there, or nearby, or its median. */
final class GroundLookup {

  private final BevGrid grid;
  private final float[] minZ;
  private final float fallback;

  GroundLookup(BevGrid grid, float[] minZ) {
    this.grid = grid;
    this.minZ = minZ;
    float[] finite = new float[minZ.length];
    int n = 0;
    for (float v : minZ) {
      if (Float.isFinite(v)) {
        finite[n++] = v;
      }
    }
    Arrays.sort(finite, 0, n);
    this.fallback = n == 0 ? 0f : finite[n / 2];
  }

  double at(double x, double y) {
    int col = (int) Math.floor((x - grid.minX()) / grid.resolution());
    int row = (int) Math.floor((y - grid.minY()) / grid.resolution());
    for (int r = 0; r <= 10; r += 2) {
      float best = Float.POSITIVE_INFINITY;
      for (int dr = -r; dr <= r; dr++) {
        for (int dc = -r; dc <= r; dc++) {
          int c = col + dc, rr = row + dr;
          if (c >= 0 && rr >= 0 && c < grid.width() && rr < grid.height()) {
            float v = minZ[rr * grid.width() + c];
            if (Float.isFinite(v) && v < best) {
              best = v;
            }
          }
        }
      }
      if (best < Float.POSITIVE_INFINITY) {
        return best;
      }
    }
    return fallback;
  }
}
