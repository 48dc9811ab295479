package dev.mapsmith.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntensityScaleTest {

  private static final int N = 32;
  private static final int PLANE = N * N;

  @TempDir Path tmp;

  /**
   * A road window: asphalt of intensity {@code asphalt}, a painted column 4x as bright, a band of
   * tall bright clutter (walls, cars) on the right, and empty cells on the left edge.
   */
  private static float[] road(float asphalt, float clutterShare) {
    float[] chw = new float[5 * PLANE];
    int clutterFrom = N - Math.round(N * clutterShare);
    for (int r = 0; r < N; r++) {
      for (int q = 1; q < N; q++) {
        int i = r * N + q;
        boolean clutter = q >= clutterFrom;
        float v = clutter ? asphalt * 10 : q == 10 ? asphalt * 4 : asphalt;
        chw[i] = v * 1.2f;
        chw[PLANE + i] = v;
        chw[2 * PLANE + i] = clutter ? 1.5f : 0.03f;
        chw[3 * PLANE + i] = clutter ? 0.4f : 0.01f;
        chw[4 * PLANE + i] = 2f;
      }
    }
    return chw;
  }

  private static float[] scaled(float[] raw, IntensityScale scale) {
    float[] x = raw.clone();
    ModelInput.normalize(x, 5, N, N, scale);
    return x;
  }

  @Test
  void theSensorsGainDoesNotChangeWhatTheNetworkSees() {
    float[] kittiLike = scaled(road(0.30f, 0.2f), IntensityScale.GROUND_RATIO);
    float[] av2Like = scaled(road(0.027f, 0.2f), IntensityScale.GROUND_RATIO);
    for (int i = 0; i < 2 * PLANE; i++) {
      assertThat(av2Like[i]).isCloseTo(kittiLike[i], org.assertj.core.data.Offset.offset(1e-4f));
    }
  }

  @Test
  void asphaltSitsAtZeroPaintAboveItEmptyCellsAtZero() {
    float[] x = scaled(road(0.05f, 0.4f), IntensityScale.GROUND_RATIO);
    int asphalt = 5 * N + 5;
    int paint = 5 * N + 10;
    int empty = 5 * N;
    assertThat(x[PLANE + asphalt]).isCloseTo(0f, org.assertj.core.data.Offset.offset(1e-4f));
    // ratio 4 against log(8): (4 + 0.1) / 1.1 -> about 0.63
    assertThat(x[PLANE + paint]).isBetween(0.55f, 0.7f);
    assertThat(x[PLANE + empty]).isZero();
    assertThat(x[empty]).isZero();
  }

  @Test
  void clutterDoesNotMoveTheGroundLevel() {
    float[] little = scaled(road(0.05f, 0.1f), IntensityScale.GROUND_RATIO);
    float[] much = scaled(road(0.05f, 0.45f), IntensityScale.GROUND_RATIO);
    int paint = 7 * N + 10;
    assertThat(much[PLANE + paint]).isEqualTo(little[PLANE + paint]);
  }

  @Test
  void rawKeepsTheSensorsValues() {
    float[] raw = road(0.05f, 0.2f);
    float[] x = scaled(raw, IntensityScale.RAW);
    assertThat(x[PLANE + 5 * N + 10]).isEqualTo(raw[PLANE + 5 * N + 10]);
  }

  @Test
  void aModelFileWithoutTheFieldIsRawAndAnUnknownScaleIsRefused() throws IOException {
    Path dir = TinyModels.trained(tmp).modelDir();
    ModelSpec spec = ModelSpec.read(dir);
    assertThat(spec.scale()).isEqualTo(IntensityScale.CURRENT);
    String json = Files.readString(dir.resolve(ModelSpec.FILE));
    Files.writeString(
        dir.resolve(ModelSpec.FILE), json.replace("\"intensity_scale\"", "\"x_old\""));
    assertThat(ModelSpec.read(dir).scale()).isEqualTo(IntensityScale.RAW);
    Files.writeString(
        dir.resolve(ModelSpec.FILE), json.replace("ground-log-ratio", "sensor-specific"));
    assertThatThrownBy(() -> ModelSpec.read(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(ModelSpec.FILE)
        .hasMessageContaining("sensor-specific");
  }

  @Test
  void quantisationRoundsToTheSensorsLevels() {
    assertThat(Augmentation.quantise(0.0271f, 255f)).isEqualTo(7f / 255f);
    assertThat(Augmentation.quantise(0.0271f, 0f)).isEqualTo(0.0271f);
  }
}
