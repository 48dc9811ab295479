package dev.mapsmith.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped model still reaches the metrics recorded in its model.json ({@code training.check})
 * on the validation tiles packed beside this test (val-split tiles of the generated drives it was
 * trained on, see models/build-default-model.sh).
 */
class DefaultModelTest {

  static final String PACK = "/dev/mapsmith/models/default-val.bin.gz";

  @Test
  @SuppressWarnings("unchecked")
  void shippedModelReachesItsRecordedValidationMetrics() throws IOException {
    List<TrainingTile> tiles;
    try (InputStream in = DefaultModelTest.class.getResourceAsStream(PACK)) {
      assertThat(in).as(PACK).isNotNull();
      tiles = ValidationPack.read(in);
    }
    try (LaneSegmenter s = LaneSegmenter.loadDefault()) {
      ModelSpec spec = s.spec();
      assertThat(spec.id()).isEqualTo("lane-unet-default");
      Map<String, Object> check = (Map<String, Object>) spec.training().get("check");
      assertThat(check).as("training.check in model.json").isNotNull();
      assertThat((List<String>) check.get("tiles"))
          .containsExactlyElementsOf(tiles.stream().map(TrainingTile::id).toList());
      SegmentationMetrics now = ValidationPack.evaluate(s, tiles);
      // same tiles, same weights: only floating-point order (thread count) may differ
      assertThat(now.miou()).isGreaterThanOrEqualTo((Double) check.get("miou") - 0.005);
      Map<String, Double> recorded = (Map<String, Double>) check.get("iou");
      for (Map.Entry<String, Double> e : recorded.entrySet()) {
        assertThat(now.iou().get(e.getKey()))
            .as(e.getKey())
            .isGreaterThanOrEqualTo(e.getValue() - 0.01);
      }
      // and it segments the held-out drives' lines and curbs (docs/bench/models.md, 0062)
      assertThat(spec.validation().miou()).isGreaterThan(0.4);
      assertThat(spec.validation().iou().get("solid_divider")).isGreaterThan(0.4);
      assertThat(spec.validation().iou().get("boundary")).isGreaterThan(0.3);
    }
  }
}
