package dev.mapsmith.app.cli;

import dev.mapsmith.app.cli.benchmark.Suite;
import dev.mapsmith.app.cli.benchmark.SuiteWorld;
import dev.mapsmith.sampledrives.SampleDrives;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The drives a training suite makes, in file order (one per world and seed, exact poses), and the
 * ids of those whose tiles form the validation split (the suite's {@code validation_drives}, by
 * seed).
 *
 * @param drives the drives, at most the limit asked for
 * @param validationDriveIds drive ids ({@link SampleDrives#driveName}) of the validation drives
 */
record TrainingSuite(List<TrainingSuite.Drive> drives, Set<String> validationDriveIds) {

  /** One drive: a world of the suite and a seed. */
  record Drive(SuiteWorld world, long seed) {
    String label() {
      return world.id() + " seed " + seed;
    }
  }

  /** The plan of suite {@code s}, cut to the first {@code limit} drives (0: all). */
  static TrainingSuite of(Suite s, int limit) {
    List<Drive> drives = new ArrayList<>();
    for (SuiteWorld w : s.worlds()) {
      for (long seed : w.seeds()) {
        if (limit == 0 || drives.size() < limit) {
          drives.add(new Drive(w, seed));
        }
      }
    }
    List<Long> val = s.validationDrives();
    Set<String> ids = new LinkedHashSet<>();
    if (val.isEmpty()) {
      throw new IllegalArgumentException(
          s.file() + ": a training suite needs \"validation_drives\": a list of seeds");
    }
    for (long seed : val) {
      if (drives.stream().noneMatch(d -> d.seed() == seed)) {
        // a seed that is not in the suite (a typo) is refused, naming it; one cut away by --drives
        // is skipped, and at least one must remain (below)
        if (limit == 0) {
          throw new IllegalArgumentException(
              s.file() + ": validation drive " + seed + " is not a seed of the suite");
        }
        continue;
      }
      ids.add(SampleDrives.driveName(seed));
    }
    if (ids.isEmpty()) {
      throw new IllegalArgumentException(
          "none of the validation drives " + val + " is among the first " + limit + " drives");
    }
    return new TrainingSuite(List.copyOf(drives), ids);
  }
}
