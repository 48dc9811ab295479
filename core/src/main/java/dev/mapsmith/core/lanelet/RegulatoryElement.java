package dev.mapsmith.core.lanelet;

import java.util.List;
import java.util.Objects;

/**
 * A rule attached to lanelets, as Lanelet2's regulatory elements: a stop line (its {@code refLine}
 * is the stop line's line string) or a crosswalk (its {@code refLine} is the crosswalk's outline),
 * governing the listed lanelets (those that must stop there or yield to it).
 */
public record RegulatoryElement(long id, Kind kind, long refLine, List<Long> lanelets) {

  /** The kinds Mapsmith reconstructs. */
  public enum Kind {
    STOP_LINE("stop_line"),
    CROSSWALK("crosswalk");

    private final String key;

    Kind(String key) {
      this.key = key;
    }

    /** The Lanelet2 subtype written for it. */
    public String key() {
      return key;
    }

    public static Kind fromKey(String key) {
      for (Kind k : values()) {
        if (k.key.equals(key)) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown regulatory element '" + key + "'");
    }
  }

  public RegulatoryElement {
    if (id <= 0) {
      throw new IllegalArgumentException("regulatory element ids are positive: " + id);
    }
    Objects.requireNonNull(kind, "kind");
    lanelets = List.copyOf(lanelets);
  }
}
