package dev.mapsmith.reconstruction;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.geom.Polylines;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import java.util.ArrayList;
import java.util.List;

/**
 * Lane centerlines between neighbouring lines: walking each line (every {@link
 * CenterlineConfig#walkStep()}), the nearest other line to its side at a lane's width gives a
 * midpoint; runs of at least {@link CenterlineConfig#minPoints()} midpoints make a centerline. Only
 * one of each pair of lines walks (the lower index), so a lane gets one.
 */
public final class CenterlineBuilder {

  /** The confidence every centerline gets (it is derived, not observed). */
  public static final double CONFIDENCE = 0.5;

  private CenterlineBuilder() {}

  static void build(List<Polyline> lines, CenterlineConfig cfg, PrimitiveFactory out) {
    for (Polyline c : centerlines(lines, cfg)) {
      out.add(MapClass.CENTERLINE, c, CONFIDENCE, Attributes.of(Attributes.TYPE, "centerline"));
    }
  }

  /** The centerlines between {@code lines} (lane lines and road edges). */
  public static List<Polyline> centerlines(List<Polyline> lines, CenterlineConfig cfg) {
    List<Polyline> out = new ArrayList<>();
    for (int a = 0; a < lines.size(); a++) {
      for (int b = a + 1; b < lines.size(); b++) {
        if (lines.get(a).bounds().expand(cfg.maxLaneWidth()).intersects(lines.get(b).bounds())) {
          for (int side = -1; side <= 1; side += 2) {
            List<Point3> mids = midline(lines.get(a), lines.get(b), side, cfg);
            if (mids.size() >= cfg.minPoints()) {
              out.add(Polyline.of(mids));
            }
          }
        }
      }
    }
    return out;
  }

  private static List<Point3> midline(Polyline a, Polyline b, int side, CenterlineConfig cfg) {
    List<Point3> mids = new ArrayList<>();
    int points = (int) (Polylines.length2d(a, false) / cfg.walkStep()) + 1;
    Polyline r = Polylines.resample(a, false, Math.max(2, points));
    for (int i = 0; i + 1 < r.size(); i++) {
      double dx = r.x(i + 1) - r.x(i), dy = r.y(i + 1) - r.y(i), len = Math.hypot(dx, dy);
      if (len < 1e-6) {
        continue;
      }
      double nx = -dy / len * side, ny = dx / len * side;
      double best = Double.NaN;
      for (double w = cfg.minLaneWidth(); w <= cfg.maxLaneWidth(); w += cfg.widthStep()) {
        double d = Polylines.distanceTo2d(b, r.x(i) + nx * w, r.y(i) + ny * w);
        if (d < cfg.onLine()) {
          best = w;
          break;
        }
      }
      if (!Double.isNaN(best)) {
        mids.add(new Point3(r.x(i) + nx * best / 2, r.y(i) + ny * best / 2, r.z(i)));
      }
    }
    return mids;
  }
}
