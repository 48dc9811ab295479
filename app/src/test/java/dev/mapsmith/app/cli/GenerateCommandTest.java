package dev.mapsmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.app.testing.ConsoleCapture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  @TempDir Path tmp;
  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  @Test
  void generatesADriveAndPrintsJson() {
    int code =
        MapsmithCli.run(
            "generate",
            "--scenario",
            "straight",
            "--out",
            tmp.resolve("d").toString(),
            "--duration",
            "0.2",
            "--beams",
            "32",
            "--json");
    assertThat(code).isEqualTo(0);
    assertThat(console.out())
        .contains("\"drive\":", "\"sweeps\":2", "\"points\":", "\"truth\":", "map.osm");
  }

  @Test
  void generatesATownFromItsSeedAndWritesItsLayoutTypes() throws Exception {
    Path out = tmp.resolve("town");
    int code =
        MapsmithCli.run(
            "generate",
            "--world",
            "town:roundabout",
            "--seed",
            "4",
            "--out",
            out.toString(),
            "--duration",
            "0.2",
            "--beams",
            "32",
            "--threads",
            "1",
            "--intensity-bits",
            "8",
            "--json");
    assertThat(code).isEqualTo(0);
    String json =
        java.nio.file.Files.readString(
            out.resolve("2026_01_15/2026_01_15_drive_0004_sync/ground_truth/scenario.json"));
    assertThat(json)
        .contains(
            "\"scenario\": \"town:roundabout\"",
            "\"layouts\": [",
            "\"roundabout\"",
            "\"intensity_levels\": 255",
            "\"route_length_m\": ");
  }

  @Test
  void anUnknownTownKindIsAUsageErrorListingTheWorlds() {
    int code =
        MapsmithCli.run("generate", "--world", "town:moon", "--out", tmp.resolve("x").toString());
    assertThat(code).isEqualTo(2);
    assertThat(console.err()).contains("town:moon", "town:roundabout", "town:merge");
  }

  @Test
  void intensityBitsOutOfRangeIsAUsageErrorAndWritesNothing() {
    Path out = tmp.resolve("bits");
    int code =
        MapsmithCli.run(
            "generate",
            "--scenario",
            "straight",
            "--intensity-bits",
            "99",
            "--out",
            out.toString());
    assertThat(code).isEqualTo(2);
    assertThat(console.err()).contains("intensity bits must be 0 (continuous) to 16: 99");
    assertThat(out).doesNotExist();
  }

  @Test
  void unknownScenarioIsAUsageErrorListingTheKnownOnes() {
    int code =
        MapsmithCli.run("generate", "--scenario", "moon", "--out", tmp.resolve("x").toString());
    assertThat(code).isEqualTo(2);
    assertThat(console.err()).contains("moon", "straight, suburb, highway");
    assertThat(tmp.resolve("x")).doesNotExist();
  }
}
