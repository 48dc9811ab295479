package dev.mapsmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.app.testing.ConsoleCapture;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.reconstruction.confidence.CalibrationJson;
import dev.mapsmith.reconstruction.confidence.ConfidenceCalibration;
import dev.mapsmith.reconstruction.confidence.ConfidenceCurve;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CalibrateCommandTest {

  @TempDir Path dir;
  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  private Path tinySuite(String name) throws Exception {
    return Files.writeString(
        dir.resolve(name + ".json"),
        """
        {"suite": "%s", "methods": ["classical"], "pose_noise": ["none"],
         "worlds": [{"id": "straight-1", "kind": "scenario", "scenario": "straight",
                     "seeds": [1], "duration_s": 1.5, "layouts": ["straight"]}]}
        """
            .formatted(name));
  }

  @Test
  void fitsAMonotoneCurvePerScoredClassAndWritesALoadableFile() throws Exception {
    Path out = dir.resolve("cal.json");
    int code =
        MapsmithCli.run(
            "calibrate",
            "--suite",
            tinySuite("tiny").toString(),
            "--cache",
            dir.resolve("cache").toString(),
            "--out",
            out.toString(),
            "--json");
    assertThat(code).as(console.err()).isZero();
    JsonNode r = new ObjectMapper().readTree(console.out()).get("methods").get("classical");
    assertThat(r.get("detections").asInt()).isPositive();
    assertThat(r.get("ece_fitted").asDouble()).isLessThanOrEqualTo(r.get("ece_raw").asDouble());
    assertThat(r.get("pooled_mAP").get("none").asDouble()).isBetween(0.0, 1.0);
    ConfidenceCalibration c = CalibrationJson.read(out);
    assertThat(c.fittedOn()).contains("calibrate --suite tiny");
    ConfidenceCurve divider = c.methods().get("classical").curves().get(MapClass.DIVIDER);
    assertThat(divider).isNotNull();
    assertThat(divider.apply(0.9)).isGreaterThan(divider.apply(0.1));
    assertThat(c.describe("classical", null)).startsWith("v1:");
  }

  @Test
  void theTestSuiteAndUnknownWorldsAreRefused() throws Exception {
    Path out = dir.resolve("cal.json");
    String cache = dir.resolve("cache").toString();
    assertThat(
            MapsmithCli.run(
                "calibrate",
                "--suite",
                tinySuite("test").toString(),
                "--cache",
                cache,
                "--out",
                out.toString()))
        .isEqualTo(2);
    assertThat(console.err()).contains("test suite is for reporting only");
    assertThat(
            MapsmithCli.run(
                "calibrate",
                "--suite",
                tinySuite("tiny").toString(),
                "--worlds",
                "nowhere",
                "--cache",
                cache,
                "--out",
                out.toString()))
        .isEqualTo(2);
    assertThat(console.err()).contains("no world 'nowhere'");
    assertThat(out).doesNotExist();
    assertThat(dir.resolve("cache")).doesNotExist();
  }
}
