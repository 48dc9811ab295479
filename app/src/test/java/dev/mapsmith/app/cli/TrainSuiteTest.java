package dev.mapsmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.app.cli.benchmark.Suite;
import dev.mapsmith.app.cli.benchmark.SuiteReader;
import dev.mapsmith.app.cli.benchmark.SuiteWorld;
import dev.mapsmith.app.cli.benchmark.WorldKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The default model's training suite never contains a held-out world (issue 15). */
class TrainSuiteTest {

  private static final Path SUITES = Path.of("..", "bench", "suites");

  private static Suite read(String name) {
    Assumptions.assumeTrue(
        Files.isDirectory(SUITES.resolve("../../../shared/worlds")),
        "../shared/worlds is missing: the suites' maps cannot be resolved");
    return SuiteReader.read(SUITES.resolve(name + ".json"));
  }

  @Test
  void noTestWorldIsTrainedOn() throws Exception {
    Suite train = read("train");
    Suite test = read("test");
    Set<String> testMaps = new HashSet<>();
    Set<String> testDrives = new HashSet<>();
    for (SuiteWorld w : test.worlds()) {
      if (w.map() != null) {
        testMaps.add(w.map().toRealPath().toString());
      }
      for (long seed : w.seeds()) {
        testDrives.add(w.kind() + ":" + w.scenario() + ":" + seed);
      }
    }
    for (SuiteWorld w : train.worlds()) {
      if (w.kind() == WorldKind.MAP) {
        assertThat(testMaps).as(w.id()).doesNotContain(w.map().toRealPath().toString());
      }
      for (long seed : w.seeds()) {
        // a town is its seed: the same seed is the same streets whatever the layout emphasis
        String key = w.kind() + ":" + w.scenario() + ":" + seed;
        assertThat(testDrives).as(w.id() + " seed " + seed).doesNotContain(key);
      }
    }
  }

  @Test
  void theValidationDrivesAreDrivesOfTheSuiteAndEveryLayoutIsTrainedOn() throws Exception {
    Suite train = read("train");
    TrainingSuite plan = TrainingSuite.of(train, 0);
    assertThat(plan.validationDriveIds()).hasSize(4);
    Set<String> validation = new HashSet<>();
    Set<String> trained = new HashSet<>();
    for (TrainingSuite.Drive d : plan.drives()) {
      String id = dev.mapsmith.sampledrives.SampleDrives.driveName(d.seed());
      (plan.validationDriveIds().contains(id) ? validation : trained).addAll(d.world().layouts());
    }
    assertThat(validation).contains("intersection", "merge");
    assertThat(trained).containsAll(SuiteWorld.LAYOUTS);
  }
}
