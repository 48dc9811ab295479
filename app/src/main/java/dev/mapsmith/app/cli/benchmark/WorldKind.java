package dev.mapsmith.app.cli.benchmark;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where a suite world's drive comes from: a built-in {@code scenario}, a {@code map} file from the
 * world corpus (Lanelet2 .osm; OpenDRIVE .xodr where the build reads it), or a procedural {@code
 * town} from a seed.
 */
public enum WorldKind {
  SCENARIO,
  MAP,
  TOWN;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind named {@code key}; empty when there is none. */
  public static java.util.Optional<WorldKind> fromKey(String key) {
    return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
  }
}
