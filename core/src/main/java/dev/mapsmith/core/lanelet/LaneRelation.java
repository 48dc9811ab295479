package dev.mapsmith.core.lanelet;

import java.util.Objects;

/**
 * A directed relation between two lanelets: {@code to} follows {@code from} ({@link
 * Kind#SUCCESSOR}; the predecessor is the same relation read backwards), lies beside it on its left
 * or right sharing a bound ({@link Kind#LEFT}, {@link Kind#RIGHT}, with whether a lane change
 * across the shared line is allowed), or crosses it in a junction ({@link Kind#CONFLICTING}).
 */
public record LaneRelation(long from, long to, Kind kind, boolean laneChange) {

  /** The kinds of relation. */
  public enum Kind {
    SUCCESSOR,
    LEFT,
    RIGHT,
    CONFLICTING
  }

  public LaneRelation {
    Objects.requireNonNull(kind, "kind");
    if (from == to) {
      throw new IllegalArgumentException("lanelet " + from + " cannot relate to itself");
    }
    if (laneChange && kind != Kind.LEFT && kind != Kind.RIGHT) {
      throw new IllegalArgumentException("only neighbours have a lane change");
    }
  }

  public static LaneRelation successor(long from, long to) {
    return new LaneRelation(from, to, Kind.SUCCESSOR, false);
  }
}
