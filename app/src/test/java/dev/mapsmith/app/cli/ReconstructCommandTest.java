package dev.mapsmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.app.testing.ConsoleCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ReconstructCommandTest {

  @TempDir Path dir;
  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  @Test
  void missingDriveIsAUsageErrorAndWritesNoProject() {
    Path project = dir.resolve("p.mapsmith");
    int code =
        MapsmithCli.run(
            "reconstruct", dir.resolve("nodrive").toString(), "--project", project.toString());
    assertThat(code).isEqualTo(2);
    assertThat(console.err()).contains("drive not found").contains("nodrive");
    assertThat(project).doesNotExist();
  }

  @Test
  void learnedWithAFolderWithoutModelJsonIsAUsageError() throws Exception {
    Path drive = Files.createDirectory(dir.resolve("drive"));
    Path empty = Files.createDirectory(dir.resolve("nomodel"));
    int code =
        MapsmithCli.run(
            "reconstruct",
            drive.toString(),
            "--project",
            dir.resolve("p.mapsmith").toString(),
            "--method",
            "learned",
            "--model",
            empty.toString(),
            "--json");
    assertThat(code).isEqualTo(2);
    assertThat(console.out()).contains("\"error\"").contains("model.json");
    assertThat(dir.resolve("p.mapsmith")).doesNotExist();
  }

  @Test
  void modelWithoutLearnedAndUnknownMethodsAreUsageErrors() throws Exception {
    Path drive = Files.createDirectory(dir.resolve("drive"));
    String p = dir.resolve("p.mapsmith").toString();
    assertThat(
            MapsmithCli.run(
                "reconstruct", drive.toString(), "--project", p, "--model", dir.toString()))
        .isEqualTo(2);
    assertThat(
            MapsmithCli.run("reconstruct", drive.toString(), "--project", p, "--method", "magic"))
        .isEqualTo(2);
    assertThat(console.err())
        .contains("--model needs --method learned")
        .contains("classical or learned");
  }

  @Test
  void badAreaIsAUsageError() throws Exception {
    Path drive = Files.createDirectory(dir.resolve("drive"));
    int code =
        MapsmithCli.run(
            "reconstruct",
            drive.toString(),
            "--project",
            dir.resolve("p.mapsmith").toString(),
            "--area",
            "1,2,3");
    assertThat(code).isEqualTo(2);
    assertThat(console.err()).contains("XMIN,YMIN,XMAX,YMAX");
  }

  @Test
  void aFolderThatIsNoDriveFailsNamingItAndWritesNoProject() throws Exception {
    Path drive = Files.createDirectory(dir.resolve("empty-drive"));
    Path project = dir.resolve("p.mapsmith");
    int code = MapsmithCli.run("reconstruct", drive.toString(), "--project", project.toString());
    assertThat(code).isEqualTo(1);
    assertThat(console.err()).contains("empty-drive");
    assertThat(project).doesNotExist();
  }

  @Test
  void learnedMethodUsesTheDefaultModelAndRecordsItInProvenance() throws Exception {
    Path gen = dir.resolve("gen");
    assertThat(
            MapsmithCli.run(
                "generate",
                "--scenario",
                "straight",
                "--out",
                gen.toString(),
                "--duration",
                "1",
                "--beams",
                "32",
                "--pose-noise",
                "none"))
        .isEqualTo(0);
    Path drive;
    try (java.util.stream.Stream<Path> s = Files.walk(gen)) {
      drive = s.filter(x -> x.getFileName().toString().endsWith("_sync")).findFirst().orElseThrow();
    }
    Path project = dir.resolve("p.mapsmith");
    console.resetOut();
    int code =
        MapsmithCli.run(
            "reconstruct",
            drive.toString(),
            "--project",
            project.toString(),
            "--method",
            "learned",
            "--json");
    assertThat(code).as(console.err()).isEqualTo(0);
    com.fasterxml.jackson.databind.JsonNode json =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(console.out());
    assertThat(json.get("method").asText()).isEqualTo("learned");
    assertThat(json.get("counts").get("divider").asInt()).isGreaterThan(0);
    com.fasterxml.jackson.databind.JsonNode learned = json.get("provenance_detail").get(0);
    assertThat(learned.get("method").asText()).isEqualTo("learned:lane-unet-default");
    assertThat(learned.get("version").asText())
        .endsWith("/" + dev.mapsmith.reconstruction.ReconstructionConfig.VERSION);
    assertThat(learned.get("config_hash").asText()).matches("[0-9a-f]{8}");
    console.resetOut();
    assertThat(
            MapsmithCli.run(
                "reconstruct",
                drive.toString(),
                "--project",
                dir.resolve("c.mapsmith").toString(),
                "--json"))
        .isEqualTo(0);
    com.fasterxml.jackson.databind.JsonNode classical =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(console.out())
            .get("provenance_detail")
            .get(0);
    assertThat(classical.get("method").asText()).isEqualTo("classical");
    assertThat(classical.get("version").asText())
        .isEqualTo(dev.mapsmith.reconstruction.ReconstructionConfig.VERSION);
    assertThat(classical.get("config_hash").asText())
        .isEqualTo(dev.mapsmith.reconstruction.ReconstructionConfig.defaults().hash())
        .isNotEqualTo(learned.get("config_hash").asText());
    try (dev.mapsmith.labeling.Project p = dev.mapsmith.labeling.Project.open(project)) {
      assertThat(p.map().primitives())
          .isNotEmpty()
          .allMatch(x -> x.provenance().method().equals("learned:lane-unet-default"))
          .allMatch(x -> x.provenance().parameters().contains("\"model_version\""));
      assertThat(p.drives()).hasSize(1);
    }
  }
}
