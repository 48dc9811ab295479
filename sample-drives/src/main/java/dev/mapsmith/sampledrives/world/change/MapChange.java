package dev.mapsmith.sampledrives.world.change;

import java.util.List;

/**
 * One change made to a world: its number, type, the map elements it touched ({@code elements}: way
 * or crosswalk-lanelet ids, the same in the prior and the after-map; the first is the one the
 * verdict is about), whether the drive observes it, where it is (local metres), the sideways
 * displacement for a move (metres, NaN otherwise) and a sentence saying what changed.
 */
public record MapChange(
    int id,
    ChangeType type,
    List<Long> elements,
    boolean observed,
    double x,
    double y,
    double displacementM,
    String detail) {

  public MapChange {
    elements = List.copyOf(elements);
    if (elements.isEmpty()) {
      throw new IllegalArgumentException("a change names at least one element");
    }
  }

  /** The element the expected verdict is about. */
  public long element() {
    return elements.get(0);
  }
}
