package dev.mapsmith.reconstruction.confidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.reconstruction.eval.Calibration;
import dev.mapsmith.reconstruction.eval.Detection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The contract of a fitted curve: strictly increasing (so a class's ranking, and its AP, is kept),
 * inside [0, 1], and it lowers the calibration error on detections it was not fitted on.
 */
class IsotonicFitTest {

  /** Overconfident detections: a raw score s matches with probability s^3. */
  private static List<Detection> overconfident(int n, long seed) {
    Random r = new Random(seed);
    List<Detection> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double s = r.nextDouble();
      out.add(new Detection(s, r.nextDouble() < s * s * s));
    }
    return out;
  }

  private static double ece(List<Detection> ds) {
    return Calibration.of(ds, Calibration.DEFAULT_BINS).ece();
  }

  @Test
  void fittedCurveLowersTheErrorOnHeldOutDetections() {
    List<Detection> train = overconfident(4000, 1), heldOut = overconfident(4000, 2);
    ConfidenceCurve curve = IsotonicFit.fit(train, IsotonicFit.Params.defaults());
    List<Detection> mapped =
        heldOut.stream().map(d -> new Detection(curve.apply(d.score()), d.truePositive())).toList();
    assertThat(ece(heldOut)).isGreaterThan(0.2);
    assertThat(ece(mapped)).isLessThan(0.04);
  }

  @Test
  void curveIsStrictlyIncreasingAndInsideTheUnitInterval() {
    ConfidenceCurve curve = IsotonicFit.fit(overconfident(500, 3), IsotonicFit.Params.defaults());
    double previous = -1;
    for (int i = 0; i <= 1000; i++) {
      double v = curve.apply(i / 1000.0);
      assertThat(v).isBetween(0.0, 1.0).isGreaterThan(previous);
      previous = v;
    }
    assertThat(curve.apply(-3)).isEqualTo(curve.apply(0));
    assertThat(curve.apply(7)).isEqualTo(curve.apply(1));
  }

  @Test
  void anInvertedScoreIsPooledIntoOneStepNotFollowed() {
    // higher raw scores that match less often: the fit cannot fall, it pools them
    List<Detection> ds = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      ds.add(new Detection(0.2, i < 80));
      ds.add(new Detection(0.8, i < 20));
    }
    ConfidenceCurve curve = IsotonicFit.fit(ds, new IsotonicFit.Params(0, 0.01));
    assertThat(curve.scores()).hasSize(1);
    assertThat(curve.probabilities()[0]).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(curve.apply(0.8)).isGreaterThan(curve.apply(0.2));
  }

  @Test
  void smallGroupsAreShrunkTowardsTheOverallRate() {
    List<Detection> ds = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      ds.add(new Detection(0.5, i % 2 == 0));
    }
    ds.add(new Detection(0.99, true)); // one lucky detection must not become certainty
    ConfidenceCurve curve = IsotonicFit.fit(ds, IsotonicFit.Params.defaults());
    assertThat(curve.apply(0.99)).isLessThan(0.7);
  }

  @Test
  void noDetectionsGiveTheIdentity() {
    ConfidenceCurve curve = IsotonicFit.fit(List.of(), IsotonicFit.Params.defaults());
    assertThat(curve.apply(0.3)).isEqualTo(0.3);
    assertThat(curve.apply(0.9)).isEqualTo(0.9);
  }
}
