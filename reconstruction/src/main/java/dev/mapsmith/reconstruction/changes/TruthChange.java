package dev.mapsmith.reconstruction.changes;

import dev.mapsmith.core.geom.Polyline;
import java.util.List;

/**
 * One change of a changed world as its changes.json gives it: type key, the verdict expected, the
 * element (prior id; after-map id for an addition), every element touched, whether the drive
 * observes it, the displacement of a move (NaN otherwise), and its geometry in the drive's frame
 * (the after-map's for an addition, the prior's otherwise).
 */
public record TruthChange(
    String type,
    Verdict expected,
    long element,
    List<Long> elements,
    boolean observed,
    double displacementM,
    Polyline geometry) {

  public TruthChange {
    elements = List.copyOf(elements);
  }
}
