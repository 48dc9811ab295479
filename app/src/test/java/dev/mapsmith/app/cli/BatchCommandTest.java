package dev.mapsmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.app.testing.ConsoleCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mapsmith batch}: one JSON object on stdout with {@code --json}, exit 0 on success, 1 on a
 * failure (a bad manifest, named with its fault; nothing written), 2 on a usage error.
 */
class BatchCommandTest {

  @TempDir static Path tmp;
  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  private static Path manifest;

  @BeforeAll
  static void twoShortTraversals() {
    Path set = tmp.resolve("set");
    int code =
        MapsmithCli.run(
            "generate",
            "--scenario",
            "straight",
            "--traversals",
            "2",
            "--duration",
            "1.5",
            "--beams",
            "32",
            "--threads",
            "1",
            "--out",
            set.toString());
    assertThat(code).isEqualTo(0);
    manifest = set.resolve("drives.json");
  }

  /** Every JSON value on stdout (there must be exactly one). */
  private List<JsonNode> jsonValues() throws Exception {
    List<JsonNode> out = new ArrayList<>();
    try (MappingIterator<JsonNode> it =
        new ObjectMapper().readerFor(JsonNode.class).readValues(console.out())) {
      it.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void runsTheJobAndPrintsOneJsonObject() throws Exception {
    Path out = tmp.resolve("out");
    int code =
        MapsmithCli.run(
            "batch",
            "--drives",
            manifest.toString(),
            "--out",
            out.toString(),
            "--master",
            "local[1]",
            "--tile-level",
            "17",
            "--json");

    assertThat(code).as(console.err()).isEqualTo(0);
    List<JsonNode> values = jsonValues();
    assertThat(values).hasSize(1);
    JsonNode r = values.get(0);
    assertThat(r.isObject()).isTrue();
    assertThat(r.get("drives").asInt()).isEqualTo(2);
    assertThat(r.get("drives_used").asInt()).isEqualTo(2);
    assertThat(r.get("primitives").asInt()).isPositive();
    assertThat(r.get("failed_drives").isArray()).isTrue();
    assertThat(r.get("alignment").has("fits")).isTrue();
    assertThat(out.resolve("map.osm")).isRegularFile();
    assertThat(out.resolve("report.json")).isRegularFile();
  }

  @Test
  void aManifestThatIsNotJsonFailsNamingTheFileAndTheFault() throws Exception {
    Path bad = tmp.resolve("broken.json");
    Files.writeString(bad, "{\"drives\": [{\"path\": ");
    Path out = tmp.resolve("never");

    int code =
        MapsmithCli.run("batch", "--drives", bad.toString(), "--out", out.toString(), "--json");

    assertThat(code).isEqualTo(1);
    assertThat(console.err()).contains(bad.toString(), "not a JSON manifest");
    List<JsonNode> values = jsonValues();
    assertThat(values).hasSize(1);
    assertThat(values.get(0).get("error").asText()).contains("broken.json", "not a JSON manifest");
    assertThat(out).doesNotExist();
  }

  @Test
  void aManifestWithoutDrivesFailsNamingTheFileAndTheFault() throws Exception {
    Path bad = tmp.resolve("cars.json");
    Files.writeString(bad, "{\"cars\": []}");

    int code =
        MapsmithCli.run(
            "batch", "--drives", bad.toString(), "--out", tmp.resolve("o").toString(), "--json");

    assertThat(code).isEqualTo(1);
    assertThat(console.err()).contains(bad.toString(), "\"drives\" array");
    assertThat(jsonValues()).hasSize(1);
  }

  @Test
  void badOptionsAreUsageErrors() {
    String out = tmp.resolve("u").toString();
    assertThat(MapsmithCli.run("batch", "--drives", manifest.toString())).isEqualTo(2);
    assertThat(
            MapsmithCli.run(
                "batch", "--drives", manifest.toString(), "--out", out, "--tile-level", "40"))
        .isEqualTo(2);
    assertThat(console.err()).contains("tile level");
    assertThat(
            MapsmithCli.run(
                "batch", "--drives", manifest.toString(), "--out", out, "--method", "magic"))
        .isEqualTo(2);
    assertThat(console.err()).contains("magic");
    assertThat(
            MapsmithCli.run("batch", "--drives", tmp.resolve("nope.json").toString(), "--out", out))
        .isEqualTo(2);
    assertThat(console.err()).contains("nope.json", "not found");
    assertThat(tmp.resolve("u")).doesNotExist();
  }
}
