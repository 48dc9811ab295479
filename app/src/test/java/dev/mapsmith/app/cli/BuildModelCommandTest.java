package dev.mapsmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.app.testing.ConsoleCapture;
import dev.mapsmith.models.IntensityScale;
import dev.mapsmith.models.ModelSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class BuildModelCommandTest {

  @TempDir Path dir;
  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  private Path tinySuite(String name, String validation) throws Exception {
    return Files.writeString(
        dir.resolve(name + ".json"),
        """
        {"suite": "%s", "methods": ["learned"], "pose_noise": ["none"],
         "validation_drives": [%s],
         "worlds": [{"id": "straight", "kind": "scenario", "scenario": "straight",
                     "seeds": [1, 2], "duration_s": 1.5, "layouts": ["straight"]}]}
        """
            .formatted(name, validation));
  }

  private int build(Path suite, String... more) {
    String[] base = {
      "build-model",
      "--suite",
      suite.toString(),
      "--work",
      dir.resolve("work").toString(),
      "--out",
      dir.resolve("model").toString(),
      "--epochs",
      "1",
      "--crops-per-epoch",
      "8",
      "--json"
    };
    String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return MapsmithCli.run(args);
  }

  @Test
  void buildsAModelFromTheSuitesDrivesWithTheValidationDriveHeldOut() throws Exception {
    assertThat(build(tinySuite("tiny", "2"))).as(console.err()).isZero();
    JsonNode r = new ObjectMapper().readTree(console.out());
    assertThat(r.get("drives").asInt()).isEqualTo(2);
    assertThat(r.get("validation_drives").get(0).asText()).isEqualTo("2026_01_15_drive_0002_sync");
    assertThat(r.get("epochs_run").asInt()).isEqualTo(1);
    JsonNode manifest = new ObjectMapper().readTree(dir.resolve("work/set/manifest.json").toFile());
    // every validation tile comes from drive 2, no training tile does
    assertThat(manifest.get("splits").get("val")).isNotEmpty();
    manifest.get("splits").get("val").forEach(t -> assertThat(t.asText()).contains("drive-0002"));
    manifest.get("splits").get("train").forEach(t -> assertThat(t.asText()).contains("drive-0001"));
    ModelSpec spec = ModelSpec.read(dir.resolve("model"));
    assertThat(spec.id()).isEqualTo("lane-unet-default");
    assertThat(spec.scale()).isEqualTo(IntensityScale.GROUND_RATIO);
  }

  @Test
  void theTestSuiteAndAValidationDriveOutsideTheSuiteAreRefused() throws Exception {
    assertThat(build(tinySuite("test", "2"))).isEqualTo(2);
    assertThat(console.err()).contains("test suite is for reporting only");
    assertThat(build(tinySuite("tiny", "7"))).isEqualTo(1);
    assertThat(console.err()).contains("tiny.json").contains("validation drive 7");
    assertThat(Files.exists(dir.resolve("model"))).isFalse();
  }
}
