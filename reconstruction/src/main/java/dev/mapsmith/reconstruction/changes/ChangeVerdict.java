package dev.mapsmith.reconstruction.changes;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.MapClass;
import java.util.List;

/**
 * A verdict on one element: the prior's element id (0 for an addition), its class, the verdict, a
 * confidence in [0, 1], the displacement of a move (metres, NaN otherwise), what changed in words
 * for an attribute change ("pattern: dashed -> solid", "class: divider -> boundary"), the evidence,
 * the drives that gave it, the prior geometry (null for an addition) and the geometry found (null
 * when nothing was found).
 */
public record ChangeVerdict(
    long element,
    MapClass mapClass,
    Verdict verdict,
    double confidence,
    double displacementM,
    List<String> changed,
    Evidence evidence,
    List<String> drives,
    Polyline prior,
    Polyline found) {

  public ChangeVerdict {
    changed = List.copyOf(changed);
    drives = List.copyOf(drives);
    confidence = Math.max(0, Math.min(1, confidence));
  }

  /** Where to look: the middle vertex of the prior geometry, else of the found one. */
  public double[] at() {
    Polyline g = prior != null ? prior : found;
    int i = g.size() / 2;
    return new double[] {g.x(i), g.y(i)};
  }
}
