package dev.mapsmith.app.cli.benchmark;

import java.nio.file.Path;
import java.util.List;

/**
 * One world of a suite: an id, where its drives come from ({@code scenario} name, {@code map} file
 * resolved against the suite's maps folder, or {@code town} layout emphasis), the layout types it
 * contains, the drive length and the seeds (one drive per seed), plus a map drive's optional route
 * and origin.
 */
public record SuiteWorld(
    String id,
    WorldKind kind,
    String scenario,
    Path map,
    String town,
    List<String> layouts,
    double durationS,
    List<Long> seeds,
    List<Long> route,
    String origin) {

  /** The layout types results are broken down by. */
  public static final List<String> LAYOUTS =
      List.of("straight", "curve", "intersection", "roundabout", "merge");

  public SuiteWorld {
    layouts = List.copyOf(layouts);
    seeds = List.copyOf(seeds);
    route = List.copyOf(route);
  }

  /** What the world is, for messages: e.g. {@code map lanelet2/fzi-k729.osm}. */
  public String describe() {
    return switch (kind) {
      case SCENARIO -> "scenario " + scenario;
      case MAP -> "map " + map;
      case TOWN -> "town " + town;
    };
  }
}
