package dev.mapsmith.reconstruction.lanegraph;

import dev.mapsmith.core.map.MapClass;
import java.util.List;

/**
 * The lanes one cut finds: {@code hits} right to left, the vehicle's lane between hits {@code ego}
 * and {@code ego + 1}, and {@code right} lanes to its right and {@code left} to its left, each
 * between neighbouring hits a lane's width apart. Lane {@code k} (from {@code -right} to {@code
 * left}) lies between hits {@code ego + k} and {@code ego + k + 1}. A road edge ends the road.
 */
record CutLanes(List<Hit> hits, int ego, int right, int left) {

  /** The lanes of a cut, or null when the vehicle is not between two lines a lane apart. */
  static CutLanes of(List<Hit> hits, LaneGraphConfig cfg) {
    int ego = -1;
    for (int i = 0; i + 1 < hits.size(); i++) {
      if (hits.get(i).offset() <= 0 && hits.get(i + 1).offset() > 0) {
        ego = i;
      }
    }
    if (ego < 0 || !lane(hits, ego, cfg)) {
      return null;
    }
    int right = 0;
    while (ego - right - 1 >= 0 && !edge(hits, ego - right) && lane(hits, ego - right - 1, cfg)) {
      right++;
    }
    int left = 0;
    while (ego + left + 2 < hits.size()
        && !edge(hits, ego + left + 1)
        && lane(hits, ego + left + 1, cfg)) {
      left++;
    }
    return new CutLanes(hits, ego, right, left);
  }

  /** Whether hits i and i+1 are a lane's width apart. */
  private static boolean lane(List<Hit> hits, int i, LaneGraphConfig cfg) {
    double w = hits.get(i + 1).offset() - hits.get(i).offset();
    return w >= cfg.minLaneWidth() && w <= cfg.maxLaneWidth();
  }

  private static boolean edge(List<Hit> hits, int i) {
    return hits.get(i).line().mapClass() == MapClass.BOUNDARY;
  }

  /** The hit of boundary {@code j} (the right bound of lane j, the left bound of lane j - 1). */
  Hit line(int j) {
    return hits.get(ego + j);
  }

  /**
   * The paint of the lines bounding these lanes, right to left (class, pattern, colour, and whether
   * the line was seen or followed through a gap): where it changes, a lane map starts new lanelets.
   */
  String style() {
    StringBuilder b = new StringBuilder();
    for (int j = -right; j <= left + 1; j++) {
      var p = line(j).line();
      b.append(p.mapClass().key()).append('/');
      b.append(p.attributes().get(dev.mapsmith.core.map.Attributes.SUBTYPE).orElse("")).append('/');
      b.append(p.attributes().get(dev.mapsmith.core.map.Attributes.COLOR).orElse(""));
      b.append(line(j).bridged() ? "/followed;" : ";");
    }
    return b.toString();
  }

  /** These lanes cut down to {@code r} on the right and {@code l} on the left. */
  CutLanes limited(int r, int l) {
    return new CutLanes(hits, ego, Math.min(right, r), Math.min(left, l));
  }
}
