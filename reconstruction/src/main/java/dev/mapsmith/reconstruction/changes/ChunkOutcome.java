package dev.mapsmith.reconstruction.changes;

import dev.mapsmith.core.map.Primitive;
import java.util.List;

/**
 * What one observed piece of a prior element says: the verdict, the piece's length (its vote), the
 * signed sideways offset of a move (NaN otherwise), the median distance of the matched points (NaN:
 * none), the share of points supported, what changed, and the detection that matched (null: none).
 */
record ChunkOutcome(
    Verdict verdict,
    double length,
    double offset,
    double matchDistance,
    double support,
    List<String> changed,
    Primitive found) {

  ChunkOutcome {
    changed = List.copyOf(changed);
  }
}
