package dev.mapsmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.app.testing.ConsoleCapture;
import dev.mapsmith.app.testing.TestDrives;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.OpenOptions;
import dev.mapsmith.labeling.Project;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code mapsmith demo --no-window} on a small generated drive (not the 30 s demo drive). */
class DemoCommandTest {

  static Path drive;
  @TempDir Path dir;
  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  @BeforeAll
  static void makeDrive() throws Exception {
    drive = TestDrives.sharedStraight();
  }

  private JsonNode runDemo(Path project) throws Exception {
    console.resetOut();
    int code =
        MapsmithCli.run(
            "demo",
            "--drive",
            drive.toString(),
            "--project",
            project.toString(),
            "--no-window",
            "--json");
    assertThat(code).as(console.out()).isZero();
    return new ObjectMapper().readTree(console.out());
  }

  @Test
  void createsTheProjectWithOneReconstructedAreaAndReusesItTheNextTime() throws Exception {
    Path project = dir.resolve("demo").resolve("demo.mapsmith");
    JsonNode first = runDemo(project);
    assertThat(first.get("project").asText()).isEqualTo(project.toAbsolutePath().toString());
    assertThat(first.get("drive").asText()).isEqualTo(drive.toAbsolutePath().toString());
    assertThat(first.get("reconstructed").asBoolean()).isTrue();
    int primitives = first.get("primitives").asInt();
    assertThat(primitives).isPositive();
    try (Project p = Project.open(project, OpenOptions.READ_ONLY)) {
      assertThat(p.areas()).hasSize(1);
      assertThat(p.drives()).hasSize(1);
      assertThat(p.drives().get(0).path()).isEqualTo(drive.toAbsolutePath());
      assertThat(p.map().primitives()).hasSize(primitives);
      assertThat(p.map().primitives()).extracting(Primitive::review).containsOnly(ReviewState.AUTO);
      assertThat(p.editLog()) // one bulk insert, not one edit per primitive
          .singleElement()
          .satisfies(e -> assertThat(e.description()).startsWith("reconstruct classical"));
    }

    JsonNode second = runDemo(project);
    assertThat(second.get("reconstructed").asBoolean()).isFalse();
    assertThat(second.get("primitives").asInt()).isEqualTo(primitives);
    try (Project p = Project.open(project, OpenOptions.READ_ONLY)) {
      assertThat(p.areas()).hasSize(1);
    }
  }

  @Test
  void aMissingDriveIsAUsageError() {
    int code =
        MapsmithCli.run(
            "demo",
            "--drive",
            dir.resolve("nope").toString(),
            "--project",
            dir.resolve("p.mapsmith").toString(),
            "--no-window");
    assertThat(code).isEqualTo(2);
    assertThat(dir.resolve("p.mapsmith")).doesNotExist();
  }
}
