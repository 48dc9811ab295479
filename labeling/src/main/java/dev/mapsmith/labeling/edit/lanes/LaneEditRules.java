package dev.mapsmith.labeling.edit.lanes;

import dev.mapsmith.core.lanelet.RelationTolerances;

/**
 * Tolerances of the lane edits. Metres.
 *
 * @param relations how relations are read from shapes after an edit ({@code join}: a lanelet
 *     follows another when both bounds start within this of where the other's end)
 * @param maxSnap setting a successor moves the successor's bound starts onto the predecessor's ends
 *     when they are at most this far apart; farther is refused (a connecting lanelet is missing)
 * @param minPiece each piece of a split lanelet is at least this long along its centerline
 */
public record LaneEditRules(RelationTolerances relations, double maxSnap, double minPiece) {

  public LaneEditRules {
    if (!(maxSnap >= 0) || !(minPiece > 0)) {
      throw new IllegalArgumentException("maxSnap >= 0 and minPiece > 0 are required");
    }
  }

  public static LaneEditRules defaults() {
    return new LaneEditRules(RelationTolerances.defaults(), 2.0, 1.0);
  }
}
