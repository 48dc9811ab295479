package dev.mapsmith.reconstruction.changes;

import java.util.Locale;

/** What a drive says about one map element. */
public enum Verdict {
  /** Seen and where the map has it, as the map describes it. */
  CONFIRMED,
  /** Seen ground where the map has the element, and nothing there. */
  REMOVED,
  /** Found beside where the map has it (the displacement says how far). */
  MOVED,
  /** Found where the map has it, with another pattern, colour or class. */
  ATTRIBUTE_CHANGED,
  /** The drive did not see enough of it to say (out of range, occluded). */
  UNOBSERVED,
  /** Found in the drive, not in the map. */
  ADDED;

  /** The lower-case key used in JSON, e.g. {@code attribute_changed}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the verdict says the map is wrong here. */
  public boolean isChange() {
    return this != CONFIRMED && this != UNOBSERVED;
  }
}
