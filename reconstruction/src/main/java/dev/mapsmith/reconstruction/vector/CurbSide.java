package dev.mapsmith.reconstruction.vector;

import dev.mapsmith.reconstruction.grid.DenseLayers;

/**
 * Keeps the height steps that face the road: a road edge is low on the road's side, so the lower
 * side of a curb fragment must not face away from the vehicle's path. Steps that do (the back edge
 * of a sidewalk, a kerb behind a verge, steps on the far side of an island) are dropped.
 */
public final class CurbSide {

  private CurbSide() {}

  /** Whether the fragment's lower side faces the nearest pose of {@code path} (true if unknown). */
  public static boolean facesPath(DenseLayers d, Blob b, Headings path, SideConfig cfg) {
    double[] pose = path.nearest(b.cx(), b.cy());
    if (pose == null) {
      return true;
    }
    double nx = -b.uy(), ny = b.ux();
    double left = meanZ(d, b, nx, ny, cfg), right = meanZ(d, b, -nx, -ny, cfg);
    if (Double.isNaN(left) || Double.isNaN(right)) {
      return true;
    }
    double lowSign = left < right ? 1 : -1;
    double tx = pose[0] - b.cx(), ty = pose[1] - b.cy(), dist = Math.hypot(tx, ty);
    return dist < 1e-6 || (tx * nx + ty * ny) * lowSign / dist > cfg.curbAwayCos();
  }

  private static double meanZ(DenseLayers d, Blob b, double nx, double ny, SideConfig cfg) {
    double sum = 0;
    int n = 0;
    for (double off : cfg.curbOffsets()) {
      for (int k = -1; k <= 1; k++) {
        double t = k * 0.3 * b.length();
        double x = b.cx() + t * b.ux() + off * nx, y = b.cy() + t * b.uy() + off * ny;
        int c = (int) Math.floor((x - d.minX) / d.resolution);
        int r = (int) Math.floor((y - d.minY) / d.resolution);
        if (c >= 0 && r >= 0 && c < d.width && r < d.height) {
          float z = d.z[r * d.width + c];
          if (!Float.isNaN(z)) {
            sum += z;
            n++;
          }
        }
      }
    }
    return n == 0 ? Double.NaN : sum / n;
  }
}
