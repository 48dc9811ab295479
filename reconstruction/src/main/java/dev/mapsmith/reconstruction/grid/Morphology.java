package dev.mapsmith.reconstruction.grid;

/** Binary morphology with square structuring elements of radius r (side 2r+1), via box counts. */
public final class Morphology {

  private Morphology() {}

  /** Closing: dilation then erosion; fills holes and gaps narrower than about 2r cells. */
  public static boolean[] close(boolean[] mask, int w, int h, int r) {
    return erode(dilate(mask, w, h, r), w, h, r);
  }

  public static boolean[] dilate(boolean[] mask, int w, int h, int r) {
    int[] box = boxCount(mask, w, h, r);
    boolean[] out = new boolean[mask.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = box[i] > 0;
    }
    return out;
  }

  public static boolean[] erode(boolean[] mask, int w, int h, int r) {
    int[] box = boxCount(mask, w, h, r);
    boolean[] out = new boolean[mask.length];
    for (int row = 0; row < h; row++) {
      for (int c = 0; c < w; c++) {
        int full =
            (Math.min(h - 1, row + r) - Math.max(0, row - r) + 1)
                * (Math.min(w - 1, c + r) - Math.max(0, c - r) + 1);
        out[row * w + c] = box[row * w + c] == full;
      }
    }
    return out;
  }

  /** Set cells in the (2r+1)² box around each cell, clipped at the borders. */
  private static int[] boxCount(boolean[] mask, int w, int h, int r) {
    int[] rows = new int[mask.length];
    for (int row = 0; row < h; row++) {
      int run = 0;
      for (int c = -r; c < w; c++) {
        int add = c + r < w && mask[row * w + c + r] ? 1 : 0;
        int drop = c - r - 1 >= 0 && mask[row * w + c - r - 1] ? 1 : 0;
        run += add - drop;
        if (c >= 0) {
          rows[row * w + c] = run;
        }
      }
    }
    int[] out = new int[mask.length];
    for (int c = 0; c < w; c++) {
      int run = 0;
      for (int row = -r; row < h; row++) {
        int add = row + r < h ? rows[(row + r) * w + c] : 0;
        int drop = row - r - 1 >= 0 ? rows[(row - r - 1) * w + c] : 0;
        run += add - drop;
        if (row >= 0) {
          out[row * w + c] = run;
        }
      }
    }
    return out;
  }
}
