package dev.mapsmith.reconstruction.grid;

/**
 * Curb and road-edge candidates from height steps in the ground surface: a cell is a candidate when
 * the mean ground heights {@code reach} cells to either side of it, along a row, column or
 * diagonal, differ by between {@code minStep} and {@code maxStep} metres.
 */
public final class CurbMask {

  private static final int[][] DIRS = {{1, 0}, {0, 1}, {1, 1}, {1, -1}};

  private CurbMask() {}

  public static boolean[] apply(DenseLayers d, int reach, double minStep, double maxStep) {
    int w = d.width, h = d.height;
    boolean[] mask = new boolean[w * h];
    for (int r = reach; r < h - reach; r++) {
      for (int c = reach; c < w - reach; c++) {
        if (Float.isNaN(d.z[r * w + c])) {
          continue;
        }
        for (int[] dir : DIRS) {
          float a = d.z[(r + dir[1] * reach) * w + c + dir[0] * reach];
          float b = d.z[(r - dir[1] * reach) * w + c - dir[0] * reach];
          double step = Math.abs(a - b);
          if (step >= minStep && step <= maxStep) {
            mask[r * w + c] = true;
            break;
          }
        }
      }
    }
    return mask;
  }
}
