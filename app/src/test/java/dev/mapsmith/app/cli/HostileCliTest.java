package dev.mapsmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.app.testing.ConsoleCapture;
import dev.mapsmith.app.testing.TestDrives;
import dev.mapsmith.app.testing.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The command line facing broken or hostile input (issue 17): exit codes and messages. */
class HostileCliTest {

  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();
  @TempDir Path dir;

  @Test
  void helpForAnUnknownCommandIsAUsageError() {
    assertThat(MapsmithCli.run("UNKNOWN", "--help")).isEqualTo(ExitCodes.USAGE);
    assertThat(console.err()).contains("unknown command 'UNKNOWN'");
    assertThat(console.out()).doesNotContain("Usage:");
    console.resetOut();
    assertThat(MapsmithCli.run("UNKNOWN", "--help", "--json")).isEqualTo(ExitCodes.USAGE);
    assertThat(console.out().trim()).startsWith("{\"error\":").contains("UNKNOWN");
  }

  @Test
  void helpWithJsonIsOneJsonObject() throws Exception {
    for (List<String> args :
        List.of(List.of("--help", "--json"), List.of("reconstruct", "--help", "--json"))) {
      console.resetOut();
      assertThat(MapsmithCli.run(args.toArray(String[]::new))).isEqualTo(ExitCodes.OK);
      JsonNode json = new ObjectMapper().readTree(console.out());
      assertThat(json.size()).isEqualTo(1);
      assertThat(json.get("usage").asText())
          .contains("Usage: mapsmith" + (args.size() == 3 ? " reconstruct" : ""));
    }
  }

  @Test
  void anAreaWithNaNIsAUsageErrorAndMakesNoProject() throws Exception {
    Path project = dir.resolve("p.mapsmith");
    int code =
        MapsmithCli.run(
            "reconstruct",
            TestDrives.sharedStraight().toString(),
            "--project",
            project.toString(),
            "--area",
            "1,2,NaN,4");
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(console.err()).contains("not a finite number: NaN");
    assertThat(project).doesNotExist();
    Path scored = TestProjects.threeDividers(dir.resolve("e.mapsmith"));
    assertThat(
            MapsmithCli.run(
                "evaluate",
                "--project",
                scored.toString(),
                "--truth",
                scored.toString(),
                "--area",
                "0,0,Infinity,1"))
        .isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aDriveWhoseSweepsAreAllBrokenFailsInsteadOfReportingNoSweeps() throws Exception {
    Path drive = TestDrives.generatedStraight(dir.resolve("gen"));
    try (Stream<Path> bins = Files.walk(drive.resolve("velodyne_points/data"))) {
      for (Path b : bins.filter(p -> p.toString().endsWith(".bin")).toList()) {
        Files.write(b, new byte[15]); // a truncated record: not a sweep
      }
    }
    Path project = dir.resolve("p.mapsmith");
    int code =
        MapsmithCli.run("reconstruct", drive.toString(), "--project", project.toString(), "--json");
    assertThat(code).isEqualTo(ExitCodes.FAILURE);
    assertThat(console.err())
        .contains(drive.toString())
        .contains("lidar sweeps can be read")
        .contains("not a multiple of 16");
    assertThat(new ObjectMapper().readTree(console.out()).has("error")).isTrue();
    assertThat(project).doesNotExist();
  }
}
