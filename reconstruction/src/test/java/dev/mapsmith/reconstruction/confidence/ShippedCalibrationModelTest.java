package dev.mapsmith.reconstruction.confidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.models.LaneSegmenter;
import org.junit.jupiter.api.Test;

/**
 * The learned method's shipped curves were fitted on the shipped model's confidences: a model
 * replaced without refitting (mapsmith calibrate --methods learned) would leave them unused.
 */
class ShippedCalibrationModelTest {

  @Test
  void theShippedLearnedCurvesBelongToTheShippedModel() throws Exception {
    ConfidenceCalibration.Method learned = ConfidenceCalibration.shipped().methods().get("learned");
    assertThat(learned).isNotNull();
    try (LaneSegmenter model = LaneSegmenter.loadDefault()) {
      assertThat(learned.modelWeightsHash()).isEqualTo(model.weightsHash());
    }
  }
}
