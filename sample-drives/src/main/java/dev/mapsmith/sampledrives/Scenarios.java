package dev.mapsmith.sampledrives;

import dev.mapsmith.sampledrives.world.HighwayWorld;
import dev.mapsmith.sampledrives.world.Scenario;
import dev.mapsmith.sampledrives.world.StraightWorld;
import dev.mapsmith.sampledrives.world.SuburbWorld;
import dev.mapsmith.sampledrives.world.town.TownKind;
import dev.mapsmith.sampledrives.world.town.TownWorld;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The built-in worlds: the fixed scenarios {@code straight}, {@code suburb} and {@code highway},
 * and the procedural towns {@code town} and {@code town:KIND} drawn from a seed.
 */
public final class Scenarios {

  private static final List<String> FIXED = List.of("straight", "suburb", "highway");
  private static final List<String> NAMES = names(FIXED);

  private Scenarios() {}

  private static List<String> names(List<String> fixed) {
    List<String> all = new ArrayList<>(fixed);
    all.addAll(TownKind.worldNames());
    return List.copyOf(all);
  }

  public static List<String> names() {
    return NAMES;
  }

  /** Builds a fixed scenario, or town with seed 1; an unknown name lists the known ones. */
  public static Scenario build(String name) {
    return build(name, 1);
  }

  /**
   * Builds a world by name; a town's layout comes from {@code seed} (the fixed scenarios ignore
   * it). An unknown name is an error listing the known ones.
   */
  public static Scenario build(String name, long seed) {
    Optional<TownKind> town = TownKind.parse(name);
    if (town.isPresent()) {
      return TownWorld.scenario(town.get(), seed);
    }
    return switch (name) {
      case "straight" -> StraightWorld.build();
      case "suburb" -> SuburbWorld.build();
      case "highway" -> HighwayWorld.build();
      default -> throw new UnknownScenarioException(name, NAMES);
    };
  }
}
