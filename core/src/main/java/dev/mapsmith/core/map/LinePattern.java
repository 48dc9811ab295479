package dev.mapsmith.core.map;

import java.util.Locale;

/** How a painted line is drawn, named as Lanelet2's {@code subtype} tag names it. */
public enum LinePattern {
  SOLID,
  DASHED,
  SOLID_SOLID,
  DASHED_SOLID,
  SOLID_DASHED,
  NONE;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static LinePattern fromKey(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
