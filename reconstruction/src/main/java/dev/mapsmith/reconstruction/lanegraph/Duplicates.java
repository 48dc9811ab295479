package dev.mapsmith.reconstruction.lanegraph;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.Lanelet;
import dev.mapsmith.core.lanelet.LaneletGeometry;
import dev.mapsmith.core.lanelet.LineString;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops lanelets built twice, where the drive passed a stretch again: a lanelet whose centerline
 * lies, for at least {@link LaneGraphConfig#duplicateShare()} of its points, within {@link
 * LaneGraphConfig#duplicateDistance()} of an earlier lanelet's centerline running the same way.
 */
final class Duplicates {

  private Duplicates() {}

  static List<Lanelet> dropped(
      List<Lanelet> lanelets, List<LineString> lines, LaneGraphConfig cfg) {
    LaneGraph g =
        new LaneGraph(new NamedLocalFrame("build"), lines, lanelets, List.of(), List.of());
    List<Lanelet> kept = new ArrayList<>();
    List<Polyline> centres = new ArrayList<>();
    for (Lanelet l : lanelets) {
      Polyline c = LaneletGeometry.centerline(g, l);
      if (!duplicate(c, centres, cfg)) {
        kept.add(l);
        centres.add(c);
      }
    }
    return kept;
  }

  private static boolean duplicate(Polyline c, List<Polyline> earlier, LaneGraphConfig cfg) {
    int beside = 0;
    for (int i = 0; i < c.size(); i++) {
      int a = Math.max(0, i - 1), b = Math.min(c.size() - 1, i + 1);
      double hx = c.x(b) - c.x(a), hy = c.y(b) - c.y(a);
      for (Polyline e : earlier) {
        if (near(e, c.x(i), c.y(i), hx, hy, cfg.duplicateDistance())) {
          beside++;
          break;
        }
      }
    }
    return beside >= cfg.duplicateShare() * c.size();
  }

  /** Whether (x, y) lies within {@code d} of a segment of {@code e} that runs along (hx, hy). */
  private static boolean near(Polyline e, double x, double y, double hx, double hy, double d) {
    var box = e.bounds();
    if (x < box.minX() - d || x > box.maxX() + d || y < box.minY() - d || y > box.maxY() + d) {
      return false;
    }
    for (int j = 0; j + 1 < e.size(); j++) {
      double ex = e.x(j + 1) - e.x(j), ey = e.y(j + 1) - e.y(j);
      if (ex * hx + ey * hy > 0
          && dev.mapsmith.core.geom.Polylines.distanceToSegment2d(e, j, x, y) < d) {
        return true;
      }
    }
    return false;
  }
}
