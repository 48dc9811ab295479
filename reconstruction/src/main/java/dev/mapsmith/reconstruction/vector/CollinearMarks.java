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

  private CollinearMarks() {}

  /** The marks of {@code wide} that continue another wide mark or a fragment of {@code lines}. */
  public static List<Blob> lineLike(List<Blob> wide, List<Blob> lines, MarkConfig cfg) {
    double minCos = Math.cos(Math.toRadians(cfg.collinearAngleDeg()));
    List<Blob> all = new ArrayList<>(wide);
    all.addAll(lines);
    SpatialIndex index = new SpatialIndex(all, 8);
    List<Blob> out = new ArrayList<>();
    for (int i = 0; i < wide.size(); i++) {
      Blob a = wide.get(i);
      if (a.width() > cfg.collinearMaxWidth() || hasStripeBeside(a, wide, index, all, cfg)) {
        continue;
      }
      for (int j : index.near(a.cx(), a.cy(), a.length() / 2 + cfg.collinearGap() + 4)) {
        if (j != i && continues(a, all.get(j), cfg, minCos)) {
          out.add(a);
          break;
        }
      }
    }
    return out;
  }

  /** A zebra bar: a parallel wide mark beside it, level with it along the axis. */
  private static boolean hasStripeBeside(
      Blob a, List<Blob> wide, SpatialIndex index, List<Blob> all, MarkConfig cfg) {
    double minCos = Math.cos(Math.toRadians(cfg.collinearAngleDeg()));
    for (int j : index.near(a.cx(), a.cy(), cfg.nearLine())) {
      Blob b = all.get(j);
      if (j >= wide.size() || b == a || Math.abs(a.ux() * b.ux() + a.uy() * b.uy()) < minCos) {
        continue;
      }
      double dx = b.cx() - a.cx(), dy = b.cy() - a.cy();
      double lateral = Math.abs(-dx * a.uy() + dy * a.ux());
      double along = Math.abs(dx * a.ux() + dy * a.uy());
      if (lateral > cfg.stripeBesideMin()
          && lateral < cfg.stripeBesideMax()
          && along < cfg.stripeStagger()) {
        return true;
      }
    }
    return false;
  }

  private static boolean continues(Blob a, Blob b, MarkConfig cfg, double minCos) {
    if (Math.abs(a.ux() * b.ux() + a.uy() * b.uy()) < minCos) {
      return false;
    }
    double dx = b.cx() - a.cx(), dy = b.cy() - a.cy();
    double lateral = Math.abs(-dx * a.uy() + dy * a.ux());
    double along = Math.abs(dx * a.ux() + dy * a.uy());
    double gap = along - (a.length() + b.length()) / 2;
    return lateral < cfg.collinearLateral() && gap < cfg.collinearGap() && gap > -0.5;
  }
}
