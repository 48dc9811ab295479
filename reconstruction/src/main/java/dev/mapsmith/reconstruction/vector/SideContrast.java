package dev.mapsmith.reconstruction.vector;

import dev.mapsmith.reconstruction.grid.DenseLayers;

/**
 * Tells a painted line from the bright rim of a wider surface (a sidewalk or kerb top beside the
 * road): a line has road on both sides, so both sides must be measured (ground cells) and clearly
 * darker than the line itself.
 */
public final class SideContrast {

  private SideContrast() {}

  /**
   * Whether {@code b} (mean intensity in {@code b.value()}) has road on both sides: darker,
   * measured, and level with each other ({@link SideConfig}).
   */
  public static boolean bothSidesDark(DenseLayers d, Blob b, SideConfig cfg) {
    double[] left = side(d, b, 1, cfg), right = side(d, b, -1, cfg);
    return left != null && right != null && Math.abs(left[1] - right[1]) < cfg.level();
  }

  /** {mean intensity, mean height} of one side when it is measured and dark, else null. */
  private static double[] side(DenseLayers d, Blob b, int sign, SideConfig cfg) {
    double nx = -b.uy() * sign, ny = b.ux() * sign;
    double sum = 0, zSum = 0;
    int valid = 0, total = 0;
    for (double beyond : cfg.paintOffsets()) {
      double off = b.width() / 2 + beyond;
      for (int k = -2; k <= 2; k++) {
        double t = k * 0.2 * b.length();
        double x = b.cx() + t * b.ux() + off * nx, y = b.cy() + t * b.uy() + off * ny;
        int c = (int) Math.floor((x - d.minX) / d.resolution);
        int r = (int) Math.floor((y - d.minY) / d.resolution);
        total++;
        if (c < 0 || r < 0 || c >= d.width || r >= d.height) {
          continue;
        }
        float v = d.intensity[r * d.width + c];
        if (!Float.isNaN(v)) {
          sum += v;
          zSum += d.z[r * d.width + c];
          valid++;
        }
      }
    }
    boolean dark = valid >= cfg.measured() * total && sum / valid < cfg.darker() * b.value();
    return dark ? new double[] {sum / valid, zSum / valid} : null;
  }
}
