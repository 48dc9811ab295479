package dev.mapsmith.reconstruction.vector;

import java.util.ArrayList;
import java.util.List;

/**
 * Wide marks that belong to a lane line: a short wide component (a piece of a double line, which
 * merges into one wide stripe on the grid) continues another mark or a line fragment end to end
 * along the same axis. Stop lines and zebra bars do not: lane lines meet a stop line across it, and
 * zebra bars stand side by side.
 */
public final class CollinearMarks {

  private static final double MAX_GAP = 7;
  private static final double MAX_LATERAL = 0.3;
  private static final double MIN_COS = Math.cos(Math.toRadians(8));

  private CollinearMarks() {}

  /** The marks of {@code wide} that continue another wide mark or a fragment of {@code lines}. */
  public static List<Blob> lineLike(List<Blob> wide, List<Blob> lines) {
    List<Blob> all = new ArrayList<>(wide);
    all.addAll(lines);
    SpatialIndex index = new SpatialIndex(all, 8);
    List<Blob> out = new ArrayList<>();
    for (int i = 0; i < wide.size(); i++) {
      Blob a = wide.get(i);
      if (a.width() > 0.7 || hasStripeBeside(a, wide, index, all)) {
        continue;
      }
      for (int j : index.near(a.cx(), a.cy(), a.length() / 2 + MAX_GAP + 4)) {
        if (j != i && continues(a, all.get(j))) {
          out.add(a);
          break;
        }
      }
    }
    return out;
  }

  /** A zebra bar: a parallel wide mark beside it, level with it along the axis. */
  private static boolean hasStripeBeside(
      Blob a, List<Blob> wide, SpatialIndex index, List<Blob> all) {
    for (int j : index.near(a.cx(), a.cy(), 6)) {
      Blob b = all.get(j);
      if (j >= wide.size() || b == a || Math.abs(a.ux() * b.ux() + a.uy() * b.uy()) < MIN_COS) {
        continue;
      }
      double dx = b.cx() - a.cx(), dy = b.cy() - a.cy();
      double lateral = Math.abs(-dx * a.uy() + dy * a.ux());
      double along = Math.abs(dx * a.ux() + dy * a.uy());
      if (lateral > 0.6 && lateral < 2.5 && along < 1.5) {
        return true;
      }
    }
    return false;
  }

  private static boolean continues(Blob a, Blob b) {
    if (Math.abs(a.ux() * b.ux() + a.uy() * b.uy()) < MIN_COS) {
      return false;
    }
    double dx = b.cx() - a.cx(), dy = b.cy() - a.cy();
    double lateral = Math.abs(-dx * a.uy() + dy * a.ux());
    double along = Math.abs(dx * a.ux() + dy * a.uy());
    double gap = along - (a.length() + b.length()) / 2;
    return lateral < MAX_LATERAL && gap < MAX_GAP && gap > -0.5;
  }
}
