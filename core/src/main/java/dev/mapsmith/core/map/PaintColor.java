package dev.mapsmith.core.map;

import java.util.Locale;

/** The colour of a painted line. */
public enum PaintColor {
  WHITE,
  YELLOW,
  UNKNOWN;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static PaintColor fromKey(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
