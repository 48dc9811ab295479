package dev.mapsmith.sampledrives.world.change;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The kinds of map change a changed world can hold, with the verdict a detector should give and the
 * element it should give it for (the prior's element, or the after-map's for an addition).
 */
public enum ChangeType {
  LINE_REMOVED("removed"),
  LINE_ADDED("added"),
  LINE_MOVED("moved"),
  LINE_PATTERN("attribute_changed"),
  LINE_COLOR("attribute_changed"),
  CROSSWALK_ADDED("added"),
  CROSSWALK_REMOVED("removed"),
  STOP_LINE_ADDED("added"),
  STOP_LINE_REMOVED("removed"),
  LANE_ADDED("added"),
  LANE_CLOSED("attribute_changed"),
  BOUNDARY_MOVED("moved");

  private final String verdict;

  ChangeType(String verdict) {
    this.verdict = verdict;
  }

  /** The verdict a detector that sees this change should give: removed, added, moved, ... */
  public String verdict() {
    return verdict;
  }

  /** The lower-case key used in options and JSON, e.g. {@code line_moved}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ChangeType fromKey(String key) {
    for (ChangeType t : values()) {
      if (t.key().equals(key.trim().toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown change type '" + key + "'; known: " + String.join(", ", keys()));
  }

  /** Every type's key, in declaration order. */
  public static List<String> keys() {
    return Arrays.stream(values()).map(ChangeType::key).toList();
  }

  /** Types from a comma-separated list of keys (all types when null or blank). */
  public static List<ChangeType> parseList(String list) {
    if (list == null || list.isBlank()) {
      return List.of(values());
    }
    List<ChangeType> out = new ArrayList<>();
    for (String k : list.split(",")) {
      ChangeType t = fromKey(k);
      if (!out.contains(t)) {
        out.add(t);
      }
    }
    return out;
  }
}
