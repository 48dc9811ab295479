package dev.mapsmith.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Model;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A segmenter that cannot make its predictor closes the model it was given. */
class LaneSegmenterLeakTest {

  @TempDir Path tmp;

  @Test
  void aFailingNewPredictorClosesTheModel() throws IOException {
    ModelSpec spec = ModelSpec.read(TinyModels.trained(tmp).modelDir());
    DjlSetup.configure();
    Model model = Model.newInstance(spec.paramsName());
    assertThat(model.getNDManager().isOpen()).isTrue();
    assertThatThrownBy(
            () ->
                LaneSegmenter.of(
                    spec,
                    "00000000",
                    model,
                    m -> {
                      throw new IllegalStateException("injected: no predictor");
                    }))
        .hasMessageContaining("injected");
    assertThat(model.getNDManager().isOpen()).as("the model's native memory is freed").isFalse();
  }
}
