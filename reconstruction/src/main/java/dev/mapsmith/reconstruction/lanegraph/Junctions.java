package dev.mapsmith.reconstruction.lanegraph;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Lanes of a segment that cross a junction with the road's other lines still in sight: a lane
 * neither of whose bounds is paint seen in the cuts (both followed through a gap by {@link
 * GapBridging}, or one followed and the other a road edge) runs where its lane lines stop, as
 * through a T junction whose mouth is on the other side. Such a lane is a junction lanelet, as a
 * map draws it: both its bounds are {@code virtual} lines. A lane with one painted line seen beside
 * it (a side road's mouth on its other side) runs on as a lane.
 */
final class Junctions {

  private Junctions() {}

  /** The boundary indices (as {@link CutLanes#line}) to be virtual lines. */
  static Set<Integer> unpaintedBounds(Segment seg, Map<Integer, LineVotes> votes) {
    Set<Integer> out = new HashSet<>();
    for (int k = -seg.right(); k <= seg.left(); k++) {
      LineVotes r = votes.get(k), l = votes.get(k + 1);
      boolean unpaintedR = r.followed() || r.edge(), unpaintedL = l.followed() || l.edge();
      if ((r.followed() || l.followed()) && unpaintedR && unpaintedL) {
        out.add(k);
        out.add(k + 1);
      }
    }
    return out;
  }
}
