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

/** {@code mapsmith check-map}: exit codes, one JSON object, findings naming the element. */
class CheckMapCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();
  @TempDir Path dir;

  /** One lanelet along +x, 3.5 m wide: left bound way 11 at y 3.5, right bound way 10 at y 0. */
  static String oneLane(String left, String right) {
    return "<osm version='0.6'>\n"
        + node(1, 0, 0)
        + node(2, 10, 0)
        + node(3, 0, 3.5)
        + node(4, 10, 3.5)
        + "<way id='10'><nd ref='1'/><nd ref='2'/><tag k='type' v='line_thin'/></way>\n"
        + "<way id='11'><nd ref='3'/><nd ref='4'/><tag k='type' v='line_thin'/></way>\n"
        + "<relation id='20'><member type='way' ref='"
        + left
        + "' role='left'/><member type='way' ref='"
        + right
        + "' role='right'/><tag k='type' v='lanelet'/></relation>\n</osm>\n";
  }

  static String node(long id, double x, double y) {
    return "<node id='"
        + id
        + "'><tag k='local_x' v='"
        + x
        + "'/><tag k='local_y' v='"
        + y
        + "'/></node>\n";
  }

  JsonNode run(int expectedExit, String... args) throws Exception {
    int code = MapsmithCli.run(args);
    assertThat(code).as("stderr: " + console.err()).isEqualTo(expectedExit);
    return JSON.readTree(console.out());
  }

  @Test
  void aSoundMapPassesWithExitZero() throws Exception {
    Path m = Files.writeString(dir.resolve("ok.osm"), oneLane("11", "10"));
    JsonNode out = run(0, "check-map", m.toString(), "--json");
    assertThat(out.get("passed").asBoolean()).isTrue();
    assertThat(out.get("lanelets").asInt()).isEqualTo(1);
    assertThat(out.get("findings")).isEmpty();
  }

  @Test
  void findingsAreListedNamingTheElementAndExitOne() throws Exception {
    Path m = Files.writeString(dir.resolve("bad.osm"), oneLane("10", "11"));
    JsonNode out = run(1, "check-map", m.toString(), "--json");
    assertThat(out.get("passed").asBoolean()).isFalse();
    assertThat(out.get("by_rule").get("left_of_right").asInt()).isEqualTo(1);
    JsonNode f = out.get("findings").get(0);
    assertThat(f.get("element").asText()).isEqualTo("lanelet 20");
    assertThat(f.get("message").asText()).contains("way 10").contains("way 11");
  }

  @Test
  void aMissingFileIsAUsageErrorAndAMalformedOneAFailureNamingIt() throws Exception {
    JsonNode missing = run(2, "check-map", dir.resolve("none.osm").toString(), "--json");
    assertThat(missing.get("error").asText()).contains("none.osm");
    console.resetOut();
    Path m = Files.writeString(dir.resolve("cut.osm"), "<osm><way id='1'>");
    JsonNode cut = run(1, "check-map", m.toString(), "--json");
    assertThat(cut.get("error").asText()).contains("cut.osm");
  }
}
