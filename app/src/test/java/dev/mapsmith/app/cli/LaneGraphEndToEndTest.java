package dev.mapsmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.app.testing.ConsoleCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small drive end to end: generated on the straight scenario, reconstructed into a project;
 * {@code evaluate} scores its lane graph against the drive's truth lanelets; {@code export --format
 * lanelet2-graph} writes the graph, which passes {@code check-map} and drives the simulator ({@code
 * generate --map}).
 */
class LaneGraphEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();
  @TempDir Path dir;

  private JsonNode run(String... args) throws Exception {
    console.resetOut();
    int code = MapsmithCli.run(args);
    assertThat(code).as(List.of(args) + ": " + console.err()).isZero();
    return JSON.readTree(console.out());
  }

  @Test
  void aReconstructedDriveGivesARoutableScoredLaneGraph() throws Exception {
    Path gen = dir.resolve("gen");
    JsonNode g =
        run(
            "generate",
            "--scenario",
            "straight",
            "--out",
            gen.toString(),
            "--duration",
            "3",
            "--beams",
            "32",
            "--pose-noise",
            "none",
            "--json");
    Path truth = Path.of(g.get("truth").asText());
    Path drive;
    try (Stream<Path> s = Files.walk(gen)) {
      drive = s.filter(x -> x.getFileName().toString().endsWith("_sync")).findFirst().orElseThrow();
    }
    Path project = dir.resolve("p.mapsmith");
    run("reconstruct", drive.toString(), "--project", project.toString(), "--json");

    JsonNode eval =
        run("evaluate", "--project", project.toString(), "--truth", truth.toString(), "--json");
    JsonNode lanes = eval.get("lane_graph").get("lanelets");
    assertThat(lanes.get("truth").asInt()).isPositive();
    assertThat(lanes.get("predicted").asInt()).isPositive();
    assertThat(lanes.get("matched").asInt()).isPositive();
    assertThat(eval.get("lane_graph").get("wrong_side").asInt()).isZero();

    Path out = dir.resolve("export").resolve("graph.osm");
    Files.createDirectories(out.getParent());
    JsonNode exp =
        run(
            "export",
            "--project",
            project.toString(),
            "--format",
            "lanelet2-graph",
            "--out",
            out.toString(),
            "--json");
    assertThat(exp.get("lanelets").asInt()).isPositive();
    assertThat(exp.get("lane_graph").asText())
        .as("the lanelets stored by reconstruct")
        .isEqualTo("project");
    JsonNode check = run("check-map", out.toString(), "--json");
    assertThat(check.get("passed").asBoolean()).as(check.toString()).isTrue();

    JsonNode sim =
        run(
            "generate",
            "--map",
            out.toString(),
            "--out",
            dir.resolve("again").toString(),
            "--duration",
            "0.5",
            "--beams",
            "32",
            "--pose-noise",
            "none",
            "--json");
    assertThat(sim.get("sweeps").asInt()).isPositive();
  }
}
