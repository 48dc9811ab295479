package dev.mapsmith.reconstruction.grid;

/**
 * Separates wide paint (stop lines, zebra stripes) from thin paint (lane lines) where they touch:
 * wide = the mask opened with a square of {@code size} cells (what a line of smaller width cannot
 * hold), thin = the rest of the mask, minus a one-cell rim around the wide part.
 */
public final class WidthSplit {

  private WidthSplit() {}

  /** Returns {wide, thin}. */
  public static boolean[][] apply(boolean[] mask, int w, int h, int size) {
    boolean[] eroded = new boolean[mask.length];
    for (int r = 0; r + size <= h; r++) {
      for (int c = 0; c + size <= w; c++) {
        boolean all = true;
        for (int dr = 0; dr < size && all; dr++) {
          for (int dc = 0; dc < size; dc++) {
            if (!mask[(r + dr) * w + c + dc]) {
              all = false;
              break;
            }
          }
        }
        eroded[r * w + c] = all; // top-left anchor of a full square
      }
    }
    boolean[] wide = new boolean[mask.length];
    for (int r = 0; r < h; r++) {
      for (int c = 0; c < w; c++) {
        if (eroded[r * w + c]) {
          for (int dr = 0; dr < size; dr++) {
            for (int dc = 0; dc < size; dc++) {
              wide[(r + dr) * w + c + dc] = true;
            }
          }
        }
      }
    }
    boolean[] thin = new boolean[mask.length];
    for (int r = 0; r < h; r++) {
      for (int c = 0; c < w; c++) {
        int i = r * w + c;
        if (mask[i] && !nearWide(wide, w, h, r, c)) {
          thin[i] = true;
        }
      }
    }
    return new boolean[][] {wide, thin};
  }

  private static boolean nearWide(boolean[] wide, int w, int h, int r, int c) {
    for (int dr = -1; dr <= 1; dr++) {
      for (int dc = -1; dc <= 1; dc++) {
        int rr = r + dr, cc = c + dc;
        if (rr >= 0 && rr < h && cc >= 0 && cc < w && wide[rr * w + cc]) {
          return true;
        }
      }
    }
    return false;
  }
}
