package dev.mapsmith.app.cli.benchmark;

import java.nio.file.Path;
import java.util.List;

/**
 * A benchmark suite read from its file: its name, the worlds, and the methods and pose-noise levels
 * it runs when the command line does not say.
 */
public record Suite(
    String name, Path file, List<SuiteWorld> worlds, List<String> methods, List<String> poseNoise) {

  public Suite {
    worlds = List.copyOf(worlds);
    methods = List.copyOf(methods);
    poseNoise = List.copyOf(poseNoise);
  }

  /** How many drives one pose-noise level takes: one per world and seed. */
  public int drivesPerNoiseLevel() {
    return worlds.stream().mapToInt(w -> w.seeds().size()).sum();
  }
}
