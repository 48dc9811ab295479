package dev.mapsmith.core.lanelet;

/**
 * A lanelet's bound: the line string it is, and whether the lanelet runs against the line's vertex
 * order ({@code inverted}), as a line shared by two lanelets of opposite directions is for one.
 */
public record BoundRef(long lineId, boolean inverted) {

  public static BoundRef of(long lineId) {
    return new BoundRef(lineId, false);
  }

  public BoundRef invert() {
    return new BoundRef(lineId, !inverted);
  }
}
