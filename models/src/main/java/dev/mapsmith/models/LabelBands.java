package dev.mapsmith.models;

import dev.mapsmith.core.training.LaneClass;

/**
 * Widens the line classes of a training mask (solid and dashed divider, boundary, stop line) by
 * {@link #GROW} pixels on each side, into background only: the export draws lines 0.2 m wide (two
 * cells), which leaves the network a target that a decimetre of residual misalignment misses
 * entirely. The bands (~0.4 m) are what the network learns and what the vectoriser follows the
 * centres of. Crosswalk areas are left as they are.
 */
public final class LabelBands {

  /** Pixels added on each side of a line. */
  public static final int GROW = 1;

  private LabelBands() {}

  /** A copy of the {@code size x size} mask with its lines widened. */
  public static byte[] widen(byte[] mask, int size) {
    byte[] out = mask.clone();
    for (int r = 0; r < size; r++) {
      for (int c = 0; c < size; c++) {
        if (mask[r * size + c] != 0) {
          continue;
        }
        byte found = 0;
        for (int dr = -GROW; dr <= GROW && found == 0; dr++) {
          for (int dc = -GROW; dc <= GROW && found == 0; dc++) {
            int rr = r + dr, cc = c + dc;
            if (rr >= 0 && rr < size && cc >= 0 && cc < size && isLine(mask[rr * size + cc])) {
              found = mask[rr * size + cc];
            }
          }
        }
        out[r * size + c] = found;
      }
    }
    return out;
  }

  static boolean isLine(byte v) {
    return v == LaneClass.SOLID_DIVIDER.ordinal()
        || v == LaneClass.DASHED_DIVIDER.ordinal()
        || v == LaneClass.BOUNDARY.ordinal()
        || v == LaneClass.STOP_LINE.ordinal();
  }
}
