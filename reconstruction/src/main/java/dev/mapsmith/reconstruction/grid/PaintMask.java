package dev.mapsmith.reconstruction.grid;

/**
 * Paint candidates with an adaptive threshold: a cell is paint when its mean normalised intensity
 * exceeds both {@code ratio} times the local background (the mean over a square window of {@code
 * window} cells, from an integral image over non-empty cells, each capped at twice the road) and
 * {@code minContrast} above it.
 */
public final class PaintMask {

  /** Cells count toward the background with at most this value, so that paint does not raise it. */
  private static final float CAP = 2.0f;

  private PaintMask() {}

  public static boolean[] apply(DenseLayers d, int window, double ratio, double minContrast) {
    int w = d.width, h = d.height;
    double[] sum = new double[(w + 1) * (h + 1)];
    int[] cnt = new int[(w + 1) * (h + 1)];
    for (int r = 0; r < h; r++) {
      double rowSum = 0;
      int rowCnt = 0;
      for (int c = 0; c < w; c++) {
        float v = d.intensity[r * w + c];
        if (!Float.isNaN(v)) {
          rowSum += Math.min(v, CAP);
          rowCnt++;
        }
        sum[(r + 1) * (w + 1) + c + 1] = sum[r * (w + 1) + c + 1] + rowSum;
        cnt[(r + 1) * (w + 1) + c + 1] = cnt[r * (w + 1) + c + 1] + rowCnt;
      }
    }
    boolean[] mask = new boolean[w * h];
    int half = window / 2;
    for (int r = 0; r < h; r++) {
      int r0 = Math.max(0, r - half), r1 = Math.min(h, r + half + 1);
      for (int c = 0; c < w; c++) {
        float v = d.intensity[r * w + c];
        if (Float.isNaN(v)) {
          continue;
        }
        int c0 = Math.max(0, c - half), c1 = Math.min(w, c + half + 1);
        int a = r0 * (w + 1), b = r1 * (w + 1);
        int n = cnt[b + c1] - cnt[a + c1] - cnt[b + c0] + cnt[a + c0];
        double s = sum[b + c1] - sum[a + c1] - sum[b + c0] + sum[a + c0];
        double background = s / n;
        mask[r * w + c] = v > ratio * background && v > background + minContrast;
      }
    }
    return mask;
  }
}
