package dev.mapsmith.sampledrives.world.town;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The layout a town emphasises, named as a world: {@code town} (mixed: every layout type), {@code
 * town:straight}, {@code town:curve}, {@code town:intersection}, {@code town:roundabout}, {@code
 * town:merge}.
 */
public enum TownKind {
  MIXED,
  STRAIGHT,
  CURVE,
  INTERSECTION,
  ROUNDABOUT,
  MERGE;

  /** The world name: {@code town} or {@code town:KIND}. */
  public String worldName() {
    return this == MIXED ? "town" : "town:" + name().toLowerCase(Locale.ROOT);
  }

  /** Every world name a town answers to. */
  public static List<String> worldNames() {
    return Arrays.stream(values()).map(TownKind::worldName).toList();
  }

  /** The kind a world name names, empty when it is not a town. */
  public static Optional<TownKind> parse(String world) {
    return Arrays.stream(values()).filter(k -> k.worldName().equals(world)).findFirst();
  }
}
