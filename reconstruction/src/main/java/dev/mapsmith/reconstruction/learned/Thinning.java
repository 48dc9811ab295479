package dev.mapsmith.reconstruction.learned;

/**
 * Zhang-Suen thinning of a binary mask to one-cell-wide centre lines, then a one-cell dilation so
 * that the lines stay 8-connected components: the network draws lane lines and curbs as bands up to
 * ~1 m wide and ragged at the edges, whose pieces would otherwise wander across the band (and split
 * lengthwise on the piece grid into parallel twins).
 */
final class Thinning {

  private Thinning() {}

  /** The centre lines of {@code mask} (row-major, {@code w x h}), three cells wide. */
  static boolean[] centreLines(boolean[] mask, int w, int h) {
    boolean[] thin = thin(mask, w, h);
    boolean[] out = new boolean[thin.length];
    for (int r = 0; r < h; r++) {
      for (int c = 0; c < w; c++) {
        if (!thin[r * w + c]) {
          continue;
        }
        for (int dr = -1; dr <= 1; dr++) {
          for (int dc = -1; dc <= 1; dc++) {
            int rr = r + dr, cc = c + dc;
            if (rr >= 0 && rr < h && cc >= 0 && cc < w) {
              out[rr * w + cc] = true;
            }
          }
        }
      }
    }
    return out;
  }

  /** One-cell-wide skeleton (Zhang and Suen, 1984). */
  static boolean[] thin(boolean[] mask, int w, int h) {
    boolean[] m = mask.clone();
    for (int c = 0; c < w; c++) { // the border rows and columns are never kept
      m[c] = false;
      m[(h - 1) * w + c] = false;
    }
    for (int r = 0; r < h; r++) {
      m[r * w] = false;
      m[r * w + w - 1] = false;
    }
    int[] remove = new int[m.length];
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int pass = 0; pass < 2; pass++) {
        int n = 0;
        for (int r = 1; r < h - 1; r++) {
          for (int c = 1; c < w - 1; c++) {
            int i = r * w + c;
            if (m[i] && removable(m, w, i, pass)) {
              remove[n++] = i;
            }
          }
        }
        for (int k = 0; k < n; k++) {
          m[remove[k]] = false;
        }
        changed |= n > 0;
      }
    }
    return m;
  }

  private static boolean removable(boolean[] m, int w, int i, int pass) {
    // neighbours P2..P9 clockwise from north
    boolean p2 = m[i - w], p3 = m[i - w + 1], p4 = m[i + 1], p5 = m[i + w + 1];
    boolean p6 = m[i + w], p7 = m[i + w - 1], p8 = m[i - 1], p9 = m[i - w - 1];
    boolean[] p = {p2, p3, p4, p5, p6, p7, p8, p9};
    int count = 0, transitions = 0;
    for (int k = 0; k < 8; k++) {
      count += p[k] ? 1 : 0;
      transitions += !p[k] && p[(k + 1) % 8] ? 1 : 0;
    }
    if (count < 2 || count > 6 || transitions != 1) {
      return false;
    }
    return pass == 0
        ? !(p2 && p4 && p6) && !(p4 && p6 && p8)
        : !(p2 && p4 && p8) && !(p2 && p6 && p8);
  }
}
