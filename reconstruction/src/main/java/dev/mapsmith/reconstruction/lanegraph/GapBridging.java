package dev.mapsmith.reconstruction.lanegraph;

import dev.mapsmith.core.geom.Point3;
import java.util.Comparator;
import java.util.List;

/**
 * Follows a line through a gap while the road goes on: a line met by one cut and missed by the next
 * is looked for again in the following {@link LaneGraphConfig#bridgeGapCuts()} cuts, at the same
 * offset across the path (within {@link LaneGraphConfig#sameLine()}); when found, and every cut of
 * the gap still meets at least {@link LaneGraphConfig#bridgeOtherLines()} other lines, the missed
 * cuts get a hit on the straight line between the two (same line, so the same paint and the same
 * lanes). A side road's mouth breaks the road edge, worn or hidden paint breaks a lane line, and
 * the lanes run on through it. Where the cuts meet (almost) no line, the gap is a junction, left to
 * connecting lanelets.
 */
final class GapBridging {

  private GapBridging() {}

  /** Bridges gaps in {@code hits} (one list per station, right to left), in place. */
  static void apply(List<Station> stations, List<List<Hit>> hits, LaneGraphConfig cfg) {
    for (int i = 0; i + 2 < hits.size(); i++) {
      for (Hit h : List.copyOf(hits.get(i))) {
        if (near(hits.get(i + 1), h.offset(), cfg.sameLine()) == null) {
          bridge(stations, hits, i, h, cfg);
        }
      }
    }
  }

  private static void bridge(
      List<Station> stations, List<List<Hit>> hits, int i, Hit h, LaneGraphConfig cfg) {
    int last = Math.min(hits.size() - 1, i + 1 + cfg.bridgeGapCuts());
    for (int j = i + 2; j <= last; j++) {
      if (hits.get(j - 1).size() < cfg.bridgeOtherLines()) {
        return; // a cut of the gap meets too few lines: a junction
      }
      Hit g = near(hits.get(j), h.offset(), cfg.sameLine());
      if (g != null) {
        for (int k = i + 1; k < j; k++) {
          double t = (double) (k - i) / (j - i);
          double offset = h.offset() + t * (g.offset() - h.offset());
          Point3 p = stations.get(k).across(offset);
          double z = h.point().z() + t * (g.point().z() - h.point().z());
          List<Hit> at = hits.get(k);
          at.add(new Hit(offset, new Point3(p.x(), p.y(), z), h.line(), true));
          at.sort(Comparator.comparingDouble(Hit::offset));
        }
        return;
      }
    }
  }

  private static Hit near(List<Hit> hits, double offset, double within) {
    for (Hit h : hits) {
      if (Math.abs(h.offset() - offset) < within) {
        return h;
      }
    }
    return null;
  }
}
