package dev.mapsmith.reconstruction.vector;

import java.util.List;

/**
 * The road's direction near a mark: the direction of the nearest lane-line fragment within {@link
 * MarkConfig#nearLine()} (at least {@link MarkConfig#lineMinLength()} long), else the driving
 * direction of the nearest trajectory pose. Lane lines give the direction where the vehicle turns
 * or crosses another road; the trajectory where no line was seen.
 */
public final class RoadDirection {

  private final List<Blob> lines;
  private final SpatialIndex index;
  private final Headings headings;
  private final MarkConfig cfg;

  public RoadDirection(List<Blob> lineFragments, Headings headings, MarkConfig cfg) {
    this.lines = lineFragments;
    this.index = lineFragments.isEmpty() ? null : new SpatialIndex(lineFragments, 8);
    this.headings = headings;
    this.cfg = cfg;
  }

  /** |cos| of the angle between the mark and the road; 0 where neither lines nor poses are. */
  public double cosTo(Blob b) {
    if (index != null) {
      Blob best = null;
      double bd = cfg.nearLine();
      for (int k : index.near(b.cx(), b.cy(), cfg.nearLine() + 4)) {
        Blob l = lines.get(k);
        double d = Math.hypot(l.cx() - b.cx(), l.cy() - b.cy());
        if (d < bd && l.length() >= cfg.lineMinLength()) {
          bd = d;
          best = l;
        }
      }
      if (best != null) {
        return Math.abs(best.ux() * b.ux() + best.uy() * b.uy());
      }
    }
    double yaw = headings.near(b.cx(), b.cy());
    return Double.isNaN(yaw) ? 0 : Math.abs(Math.cos(yaw) * b.ux() + Math.sin(yaw) * b.uy());
  }

  /** Whether the mark stands across the road ({@link MarkConfig#acrossCos()}). */
  public boolean across(Blob b) {
    return cosTo(b) < cfg.acrossCos();
  }
}
