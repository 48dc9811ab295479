package dev.mapsmith.reconstruction.confidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.reconstruction.eval.Detection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Fitting per class over worlds, and the held-out (cross-validated over worlds) error. */
class CalibrationFitTest {

  /** Both overconfident, unequally: dividers match with p = s^2, boundaries with p = s^4. */
  private static CalibrationFit.WorldDetections world(String name, long seed) {
    Random r = new Random(seed);
    List<Detection> dividers = new ArrayList<>(), boundaries = new ArrayList<>();
    for (int i = 0; i < 800; i++) {
      double s = r.nextDouble();
      dividers.add(new Detection(s, r.nextDouble() < s * s));
      double t = r.nextDouble();
      boundaries.add(new Detection(t, r.nextDouble() < t * t * t * t));
    }
    return new CalibrationFit.WorldDetections(
        name, Map.of(MapClass.DIVIDER, dividers, MapClass.BOUNDARY, boundaries));
  }

  @Test
  void perClassCurvesCalibrateWorldsTheyWereNotFittedOn() {
    List<CalibrationFit.WorldDetections> worlds = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      worlds.add(world("w" + i, i));
    }
    CalibrationFit.Result r = CalibrationFit.fit(worlds, null, IsotonicFit.Params.defaults(), 3);
    assertThat(r.detections()).isEqualTo(6 * 1600);
    assertThat(r.folds()).isEqualTo(3);
    assertThat(r.rawEce()).isGreaterThan(0.1);
    assertThat(r.heldOutEce()).isLessThan(0.04).isLessThan(r.rawEce());
    assertThat(r.fittedEce()).isLessThanOrEqualTo(r.heldOutEce() + 0.01);
    // each class gets its own curve: 0.5 means p 0.25 for a divider, 0.06 for a boundary
    assertThat(r.method().curves().get(MapClass.DIVIDER).apply(0.5)).isBetween(0.17, 0.33);
    assertThat(r.method().curves().get(MapClass.BOUNDARY).apply(0.5)).isLessThan(0.13);
    assertThat(r.method().curves()).doesNotContainKey(MapClass.PED_CROSSING);
  }
}
