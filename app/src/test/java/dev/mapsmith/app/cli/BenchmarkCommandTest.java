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

class BenchmarkCommandTest {

  @TempDir Path dir;
  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  private Path tinySuite() throws Exception {
    return Files.writeString(
        dir.resolve("tiny.json"),
        """
        {"suite": "tiny", "methods": ["classical"], "pose_noise": ["none"],
         "worlds": [{"id": "straight-1", "kind": "scenario", "scenario": "straight",
                     "seeds": [1], "duration_s": 1.5, "layouts": ["straight"]}]}
        """);
  }

  private JsonNode run(String... args) throws Exception {
    console.resetOut();
    int code = MapsmithCli.run(args);
    assertThat(code).as(console.err()).isEqualTo(0);
    return new ObjectMapper().readTree(console.out());
  }

  @Test
  void runsASuiteReportsPooledFiguresAndReusesTheDriveTheSecondTime() throws Exception {
    String suite = tinySuite().toString();
    String cache = dir.resolve("cache").toString();
    Path out = dir.resolve("out");
    JsonNode first =
        run("benchmark", "--suite", suite, "--cache", cache, "--out", out.toString(), "--json");
    assertThat(first.get("suite").asText()).isEqualTo("tiny");
    assertThat(first.get("generated").asInt()).isEqualTo(1);
    assertThat(first.get("reused").asInt()).isZero();
    JsonNode r = first.get("results").get(0);
    assertThat(r.get("method").asText()).isEqualTo("classical");
    assertThat(r.get("pose_noise").asText()).isEqualTo("none");
    double mAP = r.get("mAP").asDouble();
    assertThat(mAP).isBetween(0.0, 1.0);
    assertThat(r.get("mAP_ci95").get(0).asDouble()).isEqualTo(mAP); // one world: a point
    assertThat(r.get("AP").get("divider").has("ci95")).isTrue();
    assertThat(r.get("per_layout").get("straight").get("worlds").asInt()).isEqualTo(1);
    assertThat(r.get("per_layout").get("roundabout").get("worlds").asInt()).isZero();
    assertThat(r.get("calibration").get("bins")).hasSize(10);
    assertThat(r.get("calibration").get("detections").asInt()).isPositive();
    assertThat(r.get("calibration").has("ece")).isTrue();
    assertThat(r.get("per_world").get(0).get("world").asText()).isEqualTo("straight-1");
    assertThat(first.get("slowest_world").get("world").asText()).isEqualTo("straight-1");
    assertThat(first.get("seconds").asDouble()).isPositive();
    String md = Files.readString(out.resolve("benchmark-tiny.md"));
    assertThat(md).contains("| classical | none | **", "### mAP per layout type", "ECE");

    // the second run generates nothing and scores the same drive the same way
    JsonNode second = run("benchmark", "--suite", suite, "--cache", cache, "--json");
    assertThat(second.get("generated").asInt()).isZero();
    assertThat(second.get("reused").asInt()).isEqualTo(1);
    assertThat(second.get("results").get(0).get("mAP").asDouble()).isEqualTo(mAP);

    // the CI guard: a record far above what any run can reach fails it; a record of 0 passes
    Path high = Files.writeString(dir.resolve("high.json"), baseline(1.5));
    console.resetOut();
    int code =
        MapsmithCli.run(
            "benchmark", "--suite", suite, "--cache", cache, "--baseline", high.toString());
    assertThat(code).isEqualTo(1);
    assertThat(console.err()).contains("fell more than 0.02", "classical/none");
    Path low = Files.writeString(dir.resolve("low.json"), baseline(0));
    JsonNode ok =
        run(
            "benchmark",
            "--suite",
            suite,
            "--cache",
            cache,
            "--baseline",
            low.toString(),
            "--json");
    assertThat(ok.get("baseline").get("checks").get(0).get("passed").asBoolean()).isTrue();
  }

  private static String baseline(double recorded) {
    return "{\"tolerance\": 0.02, \"mAP\": {\"classical/none\": " + recorded + "}}";
  }

  @Test
  void aSuiteNamingAMissingMapFailsBeforeGeneratingAnything() throws Exception {
    Path suite =
        Files.writeString(
            dir.resolve("broken.json"),
            """
            {"maps_root": ".", "worlds": [
              {"id": "lost", "kind": "map", "map": "nowhere.osm", "seeds": [1], "layouts": []}]}
            """);
    Path cache = dir.resolve("cache");
    int code =
        MapsmithCli.run(
            "benchmark", "--suite", suite.toString(), "--cache", cache.toString(), "--json");
    assertThat(code).isEqualTo(1);
    assertThat(console.err()).contains("broken.json", "world 1 ('lost')", "nowhere.osm");
    assertThat(console.out()).contains("\"error\"");
    assertThat(cache).doesNotExist();
  }

  @Test
  void unknownSuiteMethodOrNoiseIsAUsageError() throws Exception {
    assertThat(MapsmithCli.run("benchmark", "--suite", "nosuchsuite")).isEqualTo(2);
    assertThat(console.err()).contains("no suite 'nosuchsuite'");
    String suite = tinySuite().toString();
    assertThat(MapsmithCli.run("benchmark", "--suite", suite, "--methods", "magic")).isEqualTo(2);
    assertThat(MapsmithCli.run("benchmark", "--suite", suite, "--pose-noise", "awful"))
        .isEqualTo(2);
    assertThat(console.err()).contains("unknown method 'magic'", "unknown pose noise 'awful'");
  }

  @Test
  void townsOfAnUnknownKindFailClearlyBeforeAnyDriveIsMade() throws Exception {
    Path suite =
        Files.writeString(
            dir.resolve("towns.json"),
            """
            {"worlds": [{"id": "town-5", "kind": "town", "town": "spaghetti", "seeds": [5],
                         "layouts": ["merge"]},
                        {"id": "town-6", "kind": "town", "town": "lasagne", "seeds": [6],
                         "layouts": ["roundabout"]}]}
            """);
    int code =
        MapsmithCli.run(
            "benchmark", "--suite", suite.toString(), "--cache", dir.resolve("c").toString());
    assertThat(code).isEqualTo(1);
    // every world that cannot be generated is named at once, before any drive is made
    assertThat(console.err())
        .contains("towns.json", "2 world(s) cannot be generated", "town-5", "spaghetti", "town-6");
    assertThat(dir.resolve("c")).doesNotExist();
  }
}
