package dev.mapsmith.core.map;

import java.util.Locale;

/** Where a primitive stands in review. Automatic output starts as {@link #AUTO}. */
public enum ReviewState {
  AUTO,
  CORRECTED,
  VERIFIED,
  REJECTED;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ReviewState fromKey(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }

  /** Whether a human has looked at it and kept it: the default filter for training sets. */
  public boolean approved() {
    return this == CORRECTED || this == VERIFIED;
  }
}
