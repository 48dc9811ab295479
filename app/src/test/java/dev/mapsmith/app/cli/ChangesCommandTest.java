package dev.mapsmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.app.testing.ChangedDrives;
import dev.mapsmith.app.testing.ConsoleCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code mapsmith changes}: a map against drives, on a changed sample world and a real AV2 log. */
class ChangesCommandTest {

  private static final String AV2_LOG = "av2/adcf7d18-0510-35b0-a2fa-b4cea13a6d76";
  private static final String AV2_MAP =
      AV2_LOG + "/map/log_map_archive_adcf7d18-0510-35b0-a2fa-b4cea13a6d76____PIT_city_57819.json";

  @TempDir Path tmp;
  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  @Test
  void aRealLogAgainstItsOwnUnchangedMapIsAlmostAllConfirmedOrUnobserved() throws Exception {
    Path log = fixture(AV2_LOG), map = fixture(AV2_MAP);
    Path out = tmp.resolve("av2-changes.json");
    int code =
        MapsmithCli.run(
            "changes", "--map", map.toString(), log.toString(), "--out", out.toString(), "--json");
    assertThat(code).as(console.err()).isEqualTo(0);
    JsonNode file = new ObjectMapper().readTree(out.toFile());
    int total = file.get("verdicts").size();
    int kept =
        file.get("counts").get("confirmed").asInt() + file.get("counts").get("unobserved").asInt();
    int priorElements = total - file.get("counts").get("added").asInt();
    System.out.println("AV2 changes: " + file.get("counts"));
    assertThat(priorElements).isGreaterThan(20);
    // the fixture holds one sweep: too sparse (no ground point within 0.3 m of most samples) for
    // the drive to say an element is gone, so it must not call anything removed or moved
    assertThat(file.get("counts").get("removed").asInt()).isZero();
    assertThat(file.get("counts").get("moved").asInt()).isZero();
    assertThat((double) kept / total).isGreaterThanOrEqualTo(0.9);
    JsonNode stdout = new ObjectMapper().readTree(console.out());
    assertThat(stdout.get("out").asText()).isEqualTo(out.toString());
    assertThat(stdout.get("parameters").get("match").asDouble()).isEqualTo(1.0);
  }

  @Test
  void aRemovedLineInSightIsReportedAndTheRestOfTheDriveIsKept() throws Exception {
    ChangedDrives changed = ChangedDrives.lineRemoved(tmp);
    Path drive = changed.drive();
    JsonNode change = changed.change();
    console.resetOut();
    int code =
        MapsmithCli.run(
            "changes", "--map", changed.priorMap().toString(), drive.toString(), "--json");
    assertThat(code).as(console.err()).isEqualTo(0);
    JsonNode out = new ObjectMapper().readTree(console.out());
    JsonNode verdict = null;
    for (JsonNode v : out.get("verdicts")) {
      if (v.get("element").asLong() == change.get("element").asLong()) {
        verdict = v;
      }
    }
    assertThat(verdict).isNotNull();
    assertThat(verdict.get("verdict").asText()).isEqualTo("removed");
    assertThat(verdict.get("drives").get(0).asText()).isNotEmpty();
    assertThat(out.get("counts").get("confirmed").asInt()).isPositive();
  }

  @Test
  void neitherMapNorProjectIsAUsageError() {
    int code = MapsmithCli.run("changes", tmp.toString());
    assertThat(code).isEqualTo(2);
    assertThat(console.err()).contains("--map", "--project");
  }

  @Test
  void aMissingMapIsAUsageErrorNamingIt() {
    Path missing = tmp.resolve("nope.osm");
    int code = MapsmithCli.run("changes", "--map", missing.toString(), tmp.toString(), "--json");
    assertThat(code).isEqualTo(2);
    assertThat(console.err()).contains("nope.osm");
  }

  private static Path fixture(String relative) {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path c = p.resolve("shared/fixtures").resolve(relative);
      if (Files.exists(c)) {
        return c;
      }
    }
    assumeTrue(false, "fixtures missing: shared/fixtures/" + relative);
    return null;
  }
}
