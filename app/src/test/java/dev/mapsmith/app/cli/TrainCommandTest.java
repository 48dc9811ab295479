package dev.mapsmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.models.synthetic.SyntheticTrainingSet;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

  @TempDir Path tmp;

  private String runCapturing(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      int code = MapsmithCli.run(args);
      return code + "\n" + buf.toString(StandardCharsets.UTF_8);
    } finally {
      System.setOut(old);
    }
  }

  @Test
  void trainsAModelAndPrintsItsValidationMetricsAsJson() throws Exception {
    Path data = tmp.resolve("data");
    SyntheticTrainingSet.write(data, 4, 2, 64);
    Path out = tmp.resolve("model");
    String result =
        runCapturing(
            "train",
            "--dataset",
            data.toString(),
            "--out",
            out.toString(),
            "--epochs",
            "1",
            "--device",
            "cpu",
            "--json");
    assertThat(result).startsWith("0\n");
    assertThat(result)
        .contains("\"val_miou\":")
        .contains("\"epochs_run\":1")
        .contains("\"id\":\"lane-unet\"");
    assertThat(out.resolve("model.json")).exists();
    assertThat(out.resolve("lane-unet-0000.params")).exists();
    assertThat(Files.readString(out.resolve("model.json"))).contains("\"validation\"");
  }

  @Test
  void missingDatasetIsAUsageError() {
    String result =
        runCapturing(
            "train",
            "--dataset",
            tmp.resolve("nope").toString(),
            "--out",
            tmp.resolve("m").toString());
    assertThat(result).startsWith("2\n");
  }

  @Test
  void malformedManifestFailsNamingTheFileAndWritesNothing() throws Exception {
    Path data = Files.createDirectories(tmp.resolve("bad"));
    Files.writeString(data.resolve("manifest.json"), "{\"format\": \"mapsmith-training-set\", ");
    Path out = tmp.resolve("m");
    String result =
        runCapturing("train", "--dataset", data.toString(), "--out", out.toString(), "--json");
    assertThat(result).startsWith("1\n").contains("manifest.json");
    assertThat(out).doesNotExist();
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.contains("training-"));
    }
  }
}
