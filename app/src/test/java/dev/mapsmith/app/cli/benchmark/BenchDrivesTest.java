package dev.mapsmith.app.cli.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.app.cli.GenerateCommand;
import dev.mapsmith.sampledrives.PoseNoise;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchDrivesTest {

  @TempDir Path dir;

  private static SuiteWorld scenario(String id, double duration) {
    return new SuiteWorld(
        id,
        WorldKind.SCENARIO,
        "suburb",
        null,
        null,
        List.of("straight"),
        duration,
        List.of(1L),
        List.of(),
        null);
  }

  @Test
  void aScenarioWorldMakesTheRequestGenerateMakes() {
    var viaSuite = BenchDrives.request(scenario("s", 12), 5, PoseNoise.TYPICAL);
    var viaGenerate =
        GenerateCommand.request("suburb", null, null, null, 5, 12, "typical", 64, true, 0);
    assertThat(viaSuite).isEqualTo(viaGenerate);
  }

  @Test
  void aTownEntryIsTheRequestGenerateBuildsForThatWorld() {
    SuiteWorld town =
        new SuiteWorld(
            "town-7",
            WorldKind.TOWN,
            null,
            null,
            "roundabout",
            List.of("roundabout"),
            10,
            List.of(7L),
            List.of(),
            null);
    assertThat(BenchDrives.request(town, 7, PoseNoise.NONE))
        .isEqualTo(
            GenerateCommand.request(
                "town:roundabout", null, null, null, 7, 10, "none", 64, true, 0));
  }

  @Test
  void aMixedTownIsThePlainTownWorld() {
    SuiteWorld town =
        new SuiteWorld(
            "town-8",
            WorldKind.TOWN,
            null,
            null,
            "mixed",
            List.of("merge"),
            10,
            List.of(8L),
            List.of(),
            null);
    assertThat(BenchDrives.request(town, 8, PoseNoise.TYPICAL))
        .isEqualTo(
            GenerateCommand.request("town", null, null, null, 8, 10, "typical", 64, true, 0));
  }

  @Test
  void anUnknownTownKindFailsNamingIt() {
    SuiteWorld town =
        new SuiteWorld(
            "town-9",
            WorldKind.TOWN,
            null,
            null,
            "spaghetti",
            List.of("merge"),
            10,
            List.of(9L),
            List.of(),
            null);
    assertThatThrownBy(() -> BenchDrives.request(town, 9, PoseNoise.NONE))
        .hasMessageContaining("spaghetti");
  }

  @Test
  void cacheFolderChangesWithEverythingThatMakesTheDrive() {
    BenchDrives drives = new BenchDrives(dir);
    SuiteWorld w = scenario("s", 12);
    Path base = drives.folder(w, 1, PoseNoise.NONE);
    assertThat(drives.folder(w, 1, PoseNoise.NONE)).isEqualTo(base);
    assertThat(drives.folder(w, 2, PoseNoise.NONE)).isNotEqualTo(base);
    assertThat(drives.folder(w, 1, PoseNoise.TYPICAL)).isNotEqualTo(base);
    assertThat(drives.folder(scenario("s", 13), 1, PoseNoise.NONE)).isNotEqualTo(base);
    assertThat(drives.cached(w, 1, PoseNoise.NONE)).isNull();
  }
}
