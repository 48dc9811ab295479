package dev.mapsmith.sampledrives;

import dev.mapsmith.sampledrives.world.HighwayWorld;
import dev.mapsmith.sampledrives.world.Scenario;
import dev.mapsmith.sampledrives.world.StraightWorld;
import dev.mapsmith.sampledrives.world.SuburbWorld;
import java.util.List;

/** The built-in scenarios: {@code straight}, {@code suburb} and {@code highway}. */
public final class Scenarios {

  private static final List<String> NAMES = List.of("straight", "suburb", "highway");

  private Scenarios() {}

  public static List<String> names() {
    return NAMES;
  }

  /** Builds a scenario by name; an unknown name is an error listing the known ones. */
  public static Scenario build(String name) {
    return switch (name) {
      case "straight" -> StraightWorld.build();
      case "suburb" -> SuburbWorld.build();
      case "highway" -> HighwayWorld.build();
      default -> throw new UnknownScenarioException(name, NAMES);
    };
  }
}
