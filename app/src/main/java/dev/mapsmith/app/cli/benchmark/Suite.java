package dev.mapsmith.app.cli.benchmark;

import java.nio.file.Path;
import java.util.List;

/**
 * A benchmark suite read from its file: its name, the worlds, the methods and pose-noise levels it
 * runs when the command line does not say, and (training suites) the seeds of the drives whose
 * tiles form the validation split.
 */
public record Suite(
    String name,
    Path file,
    List<SuiteWorld> worlds,
    List<String> methods,
    List<String> poseNoise,
    List<Long> validationDrives) {

  public Suite {
    worlds = List.copyOf(worlds);
    methods = List.copyOf(methods);
    poseNoise = List.copyOf(poseNoise);
    validationDrives = List.copyOf(validationDrives);
  }

  /** This suite with other worlds, everything else kept. */
  public Suite withWorlds(List<SuiteWorld> kept) {
    return new Suite(name, file, kept, methods, poseNoise, validationDrives);
  }

  /** How many drives one pose-noise level takes: one per world and seed. */
  public int drivesPerNoiseLevel() {
    return worlds.stream().mapToInt(w -> w.seeds().size()).sum();
  }
}
