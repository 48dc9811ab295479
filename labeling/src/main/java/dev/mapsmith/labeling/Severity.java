package dev.mapsmith.labeling;

import java.util.Locale;

/** How bad a finding or note is. */
public enum Severity {
  INFO,
  WARNING,
  ERROR;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Severity fromKey(String key) {
    return valueOf(key.toUpperCase(Locale.ROOT));
  }
}
