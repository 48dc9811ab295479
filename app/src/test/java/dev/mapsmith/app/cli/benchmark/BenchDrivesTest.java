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
  void aTownFailsClearlyUntilTheBuildCanGenerateOne() {
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
    assertThatThrownBy(() -> BenchDrives.request(town, 7, PoseNoise.NONE))
        .hasMessageContaining("town-7")
        .hasMessageContaining("cannot generate");
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
