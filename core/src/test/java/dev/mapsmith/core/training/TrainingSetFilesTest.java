package dev.mapsmith.core.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one writer and reader of the training-set contract agree, and reject what breaks it. */
class TrainingSetFilesTest {

  @TempDir Path dir;

  @Test
  void whatIsWrittenReadsBackWithTheContractsChannelsAndClasses() throws IOException {
    int size = 4;
    float[] chw = new float[TrainingSetFormat.CHANNELS.size() * size * size];
    for (int i = 0; i < chw.length; i++) {
      chw[i] = i * 0.5f;
    }
    byte[] mask = new byte[size * size];
    mask[5] = (byte) LaneClass.DASHED_DIVIDER.ordinal();
    TrainingSetFiles.writeTile(dir, "d_0_0", chw, mask, size);
    TrainingSetFiles.writeManifest(
        dir,
        new TrainingSetManifest(
            size,
            0.1,
            List.of("d_0_0"),
            List.of(),
            Map.of(
                "provenance", Map.of("tool", "a \"quoted\" name\n", "drives", new long[] {1, 2}))));

    TrainingSetManifest m = TrainingSetFiles.readManifest(dir);
    assertThat(m.tileSize()).isEqualTo(size);
    assertThat(m.resolution()).isEqualTo(0.1);
    assertThat(m.train()).containsExactly("d_0_0");
    assertThat(m.val()).isEmpty();
    assertThat(m.extra().get("channels")).isEqualTo(TrainingSetFormat.CHANNELS);
    assertThat(m.extra().get("provenance"))
        .isEqualTo(Map.of("tool", "a \"quoted\" name\n", "drives", List.of(1L, 2L)));
    assertThat(TrainingSetFiles.readChannels(dir, "d_0_0", size)).containsExactly(chw);
    assertThat(TrainingSetFiles.readMask(dir, "d_0_0", size)).containsExactly(mask);
  }

  @Test
  void aManifestWithOtherClassesOrBrokenJsonIsRefusedNamingTheFile() throws IOException {
    Files.writeString(
        dir.resolve("manifest.json"),
        "{\"format\": \"mapsmith-training-set\", \"version\": 1, \"tile_size\": 4,"
            + " \"channels\": "
            + quoted(TrainingSetFormat.CHANNELS)
            + ", \"classes\": [\"background\", \"lane\"], \"splits\": {\"train\": [], \"val\": []}}");
    assertThatThrownBy(() -> TrainingSetFiles.readManifest(dir))
        .hasMessageContaining("manifest.json")
        .hasMessageContaining("classes");
    Files.writeString(dir.resolve("manifest.json"), "{\"format\": ");
    assertThatThrownBy(() -> TrainingSetFiles.readManifest(dir))
        .hasMessageContaining("manifest.json")
        .hasMessageContaining("malformed JSON");
  }

  private static String quoted(List<String> names) {
    return names.stream().map(n -> "\"" + n + "\"").toList().toString();
  }
}
