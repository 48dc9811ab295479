package dev.mapsmith.reconstruction.lanegraph;

import java.util.Map;

/**
 * Which lanes of a segment run against the drive (right-hand traffic), from the paint and the
 * road's side: lanes beyond a separating line (yellow or double, {@link LineVotes#separator()}) run
 * the other way; without one, on a road seen from edge to edge, the right half (at least the driven
 * lane and those right of it) runs with the drive and the rest against it; otherwise lanes beyond
 * the first solid line left of the driven lane run against it.
 */
final class Directions {

  private Directions() {}

  /** The lowest lane index (0 = driven) that runs against the drive; {@code left + 1} if none. */
  static int firstOpposite(Segment s, Map<Integer, LineVotes> votes) {
    for (int j = 1; j <= s.left(); j++) {
      if (votes.get(j).separator()) {
        return j;
      }
    }
    if (votes.get(-s.right()).edge() && votes.get(s.left() + 1).edge()) {
      int lanes = s.right() + s.left() + 1;
      int with = Math.max(s.right() + 1, (lanes + 1) / 2);
      return with - s.right();
    }
    for (int j = 1; j <= s.left(); j++) {
      if (votes.get(j).solid()) {
        return j;
      }
    }
    return s.left() + 1;
  }
}
