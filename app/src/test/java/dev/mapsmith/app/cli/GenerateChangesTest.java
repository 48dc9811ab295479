package dev.mapsmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.app.testing.ConsoleCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code mapsmith generate --changes N}: a changed world with its prior map and changes.json. */
class GenerateChangesTest {

  @TempDir Path tmp;
  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  @Test
  void writesThePriorTheAfterMapAndTheListOfChanges() throws Exception {
    Path out = tmp.resolve("changed");
    int code =
        MapsmithCli.run(
            "generate",
            "--world",
            "town",
            "--seed",
            "102",
            "--out",
            out.toString(),
            "--duration",
            "0.3",
            "--beams",
            "32",
            "--threads",
            "1",
            "--changes",
            "3",
            "--change-types",
            "line_removed,crosswalk_added,boundary_moved",
            "--json");
    assertThat(code).as(console.err()).isEqualTo(0);
    Path truth = out.resolve("2026_01_15/2026_01_15_drive_0102_sync/ground_truth");
    assertThat(console.out()).contains("\"prior\":", "prior.osm", "changes.json");
    assertThat(truth.resolve("prior.osm")).exists();
    assertThat(truth.resolve("map_projector_info.yaml")).exists();
    JsonNode changes = new ObjectMapper().readTree(truth.resolve("changes.json").toFile());
    assertThat(changes.get("changes")).hasSize(3);
    for (JsonNode c : changes.get("changes")) {
      assertThat(c.get("type").asText()).isIn("line_removed", "crosswalk_added", "boundary_moved");
      assertThat(c.get("element").asLong()).isPositive();
      assertThat(c.has("observed")).isTrue();
    }
    assertThat(Files.readString(truth.resolve("prior.osm")))
        .isNotEqualTo(Files.readString(truth.resolve("map.osm")));
  }

  @Test
  void anUnknownChangeTypeIsAUsageErrorAndWritesNothing() {
    Path out = tmp.resolve("bad");
    int code =
        MapsmithCli.run(
            "generate",
            "--world",
            "straight",
            "--out",
            out.toString(),
            "--changes",
            "2",
            "--change-types",
            "line_teleported");
    assertThat(code).isEqualTo(2);
    assertThat(console.err()).contains("line_teleported", "line_moved");
    assertThat(out).doesNotExist();
  }

  @Test
  void changeTypesWithoutChangesIsAUsageError() {
    int code =
        MapsmithCli.run(
            "generate",
            "--world",
            "straight",
            "--out",
            tmp.resolve("x").toString(),
            "--change-types",
            "line_moved");
    assertThat(code).isEqualTo(2);
    assertThat(console.err()).contains("--changes");
  }
}
