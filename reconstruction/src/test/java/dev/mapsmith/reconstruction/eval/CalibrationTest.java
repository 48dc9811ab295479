package dev.mapsmith.reconstruction.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CalibrationTest {

  /** Detections whose true match rate is {@code rate(score)}, scores uniform in [0, 1]. */
  private static List<Detection> synthetic(java.util.function.DoubleUnaryOperator rate, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Detection> out = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      double s = r.nextDouble();
      out.add(new Detection(s, r.nextDouble() < rate.applyAsDouble(s)));
    }
    return out;
  }

  @Test
  void aCalibratedConfidenceHasNearZeroError() {
    Calibration c = Calibration.of(synthetic(s -> s, 1), 10);
    assertThat(c.ece()).isLessThan(0.01);
    assertThat(c.detections()).isEqualTo(200_000);
    assertThat(c.bins()).hasSize(10);
    Calibration.Bin top = c.bins().get(9);
    assertThat(top.lower()).isEqualTo(0.9);
    assertThat(top.matched()).isCloseTo(0.95, within(0.01));
    assertThat(top.meanScore()).isCloseTo(0.95, within(0.01));
  }

  @Test
  void anOverConfidentScoreHasAClearError() {
    // matches only half as often as it claims: the expected gap is mean(s / 2) = 0.25
    Calibration c = Calibration.of(synthetic(s -> s / 2, 2), 10);
    assertThat(c.ece()).isCloseTo(0.25, within(0.01));
  }

  @Test
  void handComputedTableAndEmptyBins() {
    List<Detection> d =
        List.of(
            new Detection(0.95, true),
            new Detection(0.95, false),
            new Detection(1.0, true),
            new Detection(0.15, false));
    Calibration c = Calibration.of(d, 10);
    Calibration.Bin top = c.bins().get(9); // 1.0 falls in the last, closed bin
    assertThat(top.count()).isEqualTo(3);
    assertThat(top.matched()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(top.meanScore()).isCloseTo(2.9 / 3, within(1e-12));
    assertThat(c.bins().get(1).count()).isEqualTo(1);
    assertThat(c.bins().get(5).count()).isZero();
    assertThat(c.bins().get(5).matched()).isNaN();
    // (3 * |2/3 - 2.9/3| + 1 * |0 - 0.15|) / 4
    assertThat(c.ece()).isCloseTo((0.9 + 0.15) / 4, within(1e-12));
    assertThat(Calibration.of(List.of(), 10).ece()).isNaN();
  }
}
