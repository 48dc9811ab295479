package dev.mapsmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.app.testing.ConsoleCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code info} and {@code generate --map} take OpenDRIVE files. */
class OpenDriveCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  static Path world(String name) {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path c = p.resolve("shared/worlds/opendrive").resolve(name);
      if (Files.isRegularFile(c)) {
        return c;
      }
    }
    assumeTrue(false, "OpenDRIVE world missing: shared/worlds/opendrive/" + name);
    return null;
  }

  @Test
  void infoSummarisesAnOpenDriveMap() throws Exception {
    Path xodr = world("esmini-parking_demo.xodr");
    assertThat(MapsmithCli.run("info", xodr.toString(), "--json")).isZero();
    JsonNode j = JSON.readTree(console.out());
    assertThat(j.get("format").asText()).isEqualTo("opendrive");
    assertThat(j.get("origin_source").asText()).isEqualTo("opendrive-local");
    assertThat(j.get("classes").get("ped_crossing").asInt()).isEqualTo(3);
    assertThat(j.get("lanelets").asInt()).isPositive();
    assertThat(j.get("problems").asInt()).isZero();
  }

  @Test
  void infoOnABrokenOpenDriveFileFailsNamingIt() throws Exception {
    Path bad = Files.writeString(dir.resolve("town.xodr"), "<OpenDRIVE><road");
    assertThat(MapsmithCli.run("info", bad.toString(), "--json")).isEqualTo(1);
    assertThat(console.err()).contains("town.xodr", "not well-formed XML");
  }

  @Test
  void generateDrivesThroughAnOpenDriveMap() throws Exception {
    Path xodr = world("esmini-fabriksgatan.xodr");
    Path out = dir.resolve("gen");
    int code =
        MapsmithCli.run(
            "generate",
            "--map",
            xodr.toString(),
            "--out",
            out.toString(),
            "--duration",
            "0.3",
            "--beams",
            "32",
            "--threads",
            "1",
            "--json");
    assertThat(code).as("stderr: " + console.err()).isZero();
    JsonNode j = JSON.readTree(console.out());
    assertThat(j.get("sweeps").asInt()).isPositive();
    assertThat(Path.of(j.get("truth").asText())).exists();
    assertThat(Files.readString(Path.of(j.get("truth").asText()))).contains("local_x");
  }
}
