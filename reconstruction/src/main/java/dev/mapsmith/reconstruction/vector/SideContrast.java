package dev.mapsmith.reconstruction.vector;

import dev.mapsmith.reconstruction.grid.DenseLayers;

/**
 * Tells a painted line from the bright rim of a wider surface (a sidewalk or kerb top beside the
 * road): a line has road on both sides, so both sides must be measured (ground cells) and clearly
 * darker than the line itself.
 */
public final class SideContrast {

  /** A side is dark enough when its mean is below this fraction of the line's mean. */
  private static final double DARKER = 0.6;

  /** At least this share of a side's samples must be ground cells. */
  private static final double MEASURED = 0.4;

  private SideContrast() {}

  /** Both sides differ in ground height by less than this: paint lies on level road, not a kerb. */
  private static final double LEVEL = 0.07;

  /**
   * Whether {@code b} (mean intensity in {@code b.value()}) has road on both sides: darker,
   * measured, and level with each other.
   */
  public static boolean bothSidesDark(DenseLayers d, Blob b) {
    double[] left = side(d, b, 1), right = side(d, b, -1);
    return left != null && right != null && Math.abs(left[1] - right[1]) < LEVEL;
  }

  /** {mean intensity, mean height} of one side when it is measured and dark, else null. */
  private static double[] side(DenseLayers d, Blob b, int sign) {
    double nx = -b.uy() * sign, ny = b.ux() * sign;
    double sum = 0, zSum = 0;
    int valid = 0, total = 0;
    for (double off : new double[] {b.width() / 2 + 0.25, b.width() / 2 + 0.45}) {
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
    boolean dark = valid >= MEASURED * total && sum / valid < DARKER * b.value();
    return dark ? new double[] {sum / valid, zSum / valid} : null;
  }
}
