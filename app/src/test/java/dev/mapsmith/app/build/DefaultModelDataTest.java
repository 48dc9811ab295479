package dev.mapsmith.app.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.training.TrainingSetFiles;
import dev.mapsmith.core.training.TrainingSetFormat;
import dev.mapsmith.core.training.TrainingSetManifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default model's data steps are compiled code, and the build script runs them. */
class DefaultModelDataTest {

  @TempDir Path dir;

  @Test
  void theBuildScriptRunsCompiledClassesOnly() throws Exception {
    Path script = Path.of("..", "models", "build-default-model.sh");
    String text = Files.readString(script);
    assertThat(text).doesNotContainPattern("java [^\\n]*\\.java");
    Matcher m = Pattern.compile("dev\\.mapsmith\\.[a-z0-9.]+\\.[A-Z]\\w+").matcher(text);
    List<String> classes = new ArrayList<>();
    while (m.find()) {
      classes.add(m.group());
    }
    for (String c : classes) {
      assertThat(Class.forName(c).getMethod("main", String[].class)).as(c).isNotNull();
    }
    // the data and training steps are one compiled subcommand, run on the training suite
    assertThat(text).contains("mapsmith build-model --suite train");
    assertThat(new picocli.CommandLine(new dev.mapsmith.app.cli.MapsmithCli()).getSubcommands())
        .containsKey("build-model");
  }

  @Test
  void mergeKeepsEveryThirdLabelledTileOfTheValDrivesAndEveryFourthUnlabelledInTrain()
      throws Exception {
    Path a = set("a", "drive-a", 6, 4);
    Path b = set("b", "drive-b", 6, 0);
    Path out = dir.resolve("merged");
    String summary = TrainingSetMerge.merge(out, Set.of("drive-b"), List.of(a, b));

    TrainingSetManifest m = TrainingSetFiles.readManifest(out);
    // drive a: 6 labelled + every 4th of 4 unlabelled; drive b (val): every 3rd of 6 labelled
    assertThat(m.train()).hasSize(7).allMatch(id -> id.startsWith("drive-a_"));
    assertThat(m.val()).hasSize(2).allMatch(id -> id.startsWith("drive-b_"));
    assertThat(summary).contains("7 train tiles, 2 val tiles");
    for (String id : m.val()) {
      assertThat(out.resolve("tiles").resolve(id + ".f32")).exists();
    }
  }

  /** A set of one drive with {@code labelled} tiles carrying a label and {@code empty} without. */
  private Path set(String name, String drive, int labelled, int empty) throws Exception {
    Path d = dir.resolve(name);
    int size = 2;
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < labelled + empty; i++) {
      String id = drive + "_" + i + "_0";
      ids.add(id);
      TrainingSetFiles.writeTile(
          d, id, new float[TrainingSetFormat.CHANNELS.size() * size * size], new byte[4], size);
      Files.writeString(
          d.resolve("tiles").resolve(id + ".labels.json"),
          i < labelled ? "{\"labels\": [{\"class\": \"solid_divider\"}]}" : "{\"labels\": []}");
    }
    TrainingSetFiles.writeManifest(
        d,
        new TrainingSetManifest(
            size,
            0.1,
            ids,
            List.of(),
            Map.of("drives", List.of(Map.of("id", drive, "split", "train", "tiles", ids.size())))));
    return d;
  }
}
