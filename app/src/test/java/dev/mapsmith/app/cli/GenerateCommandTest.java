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
  void unknownScenarioIsAUsageErrorListingTheKnownOnes() {
    int code =
        MapsmithCli.run("generate", "--scenario", "moon", "--out", tmp.resolve("x").toString());
    assertThat(code).isEqualTo(2);
    assertThat(console.err()).contains("moon", "straight, suburb, highway");
    assertThat(tmp.resolve("x")).doesNotExist();
  }
}
