package dev.mapsmith.reconstruction.eval;

import static dev.mapsmith.reconstruction.eval.EvalFixtures.ONE_WINDOW;
import static dev.mapsmith.reconstruction.eval.EvalFixtures.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  private final EvalFixtures fixtures = new EvalFixtures();

  private LaneMap twoDividers(double offset, double score) {
    return map(
        fixtures.line(MapClass.DIVIDER, score, -20, -1.75 + offset, 20, -1.75 + offset),
        fixtures.line(MapClass.DIVIDER, score, -20, 1.75 + offset, 20, 1.75 + offset));
  }

  @Test
  void truthSplitAtLaneletEndsIsMergedBeforeScoring() {
    // one painted line stored as two lanelet boundaries (plus a shared copy) scores like one line
    LaneMap truth =
        map(
            fixtures.line(MapClass.DIVIDER, 1, -25, 0, 0, 0),
            fixtures.line(MapClass.DIVIDER, 1, 0, 0, 25, 0),
            fixtures.line(MapClass.DIVIDER, 1, 25, 0, 0, 0));
    LaneMap predicted = map(fixtures.line(MapClass.DIVIDER, 0.9, -25, 0.1, 25, 0.1));
    EvalResult r = Evaluation.evaluate(predicted, truth, ONE_WINDOW);
    assertThat(r.score(MapClass.DIVIDER).truthCount()).isEqualTo(1);
    assertThat(r.score(MapClass.DIVIDER).mean()).isEqualTo(1.0);
  }

  @Test
  void truthLinesMeetingAtAJunctionStaySeparate() {
    // three ends at one point: no merge (a fork), so three truth instances remain
    LaneMap truth =
        map(
            fixtures.line(MapClass.DIVIDER, 1, -25, 0, 0, 0),
            fixtures.line(MapClass.DIVIDER, 1, 0, 0, 25, 0),
            fixtures.line(MapClass.DIVIDER, 1, 0, 0, 20, 10));
    EvalResult r = Evaluation.evaluate(map(), truth, ONE_WINDOW);
    assertThat(r.score(MapClass.DIVIDER).truthCount()).isEqualTo(3);
  }

  @Test
  void perfectMatchScoresOne() {
    LaneMap truth =
        map(
            fixtures.line(MapClass.DIVIDER, 1, -20, 0, 20, 0),
            fixtures.line(MapClass.BOUNDARY, 1, -25, 7, 25, 7),
            fixtures.line(MapClass.PED_CROSSING, 1, 5, -6, 9, -6, 9, 6, 5, 6));
    EvalResult r = Evaluation.evaluate(truth, truth, ONE_WINDOW);
    assertThat(r.mAP()).isEqualTo(1.0);
    for (MapClass c : Evaluation.MAP_CLASSES) {
      assertThat(r.score(c).mean()).as(c.key()).isEqualTo(1.0);
    }
    assertThat(r.score(MapClass.STOP_LINE).scored()).isFalse();
  }

  @Test
  void offsetOfSevenTenthsIsTruePositiveOnlyAtOneAndOneAndAHalfMetres() {
    EvalResult r = Evaluation.evaluate(twoDividers(0.7, 0.9), twoDividers(0, 1), ONE_WINDOW);
    ClassScore d = r.score(MapClass.DIVIDER);
    assertThat(d.ap(0)).isEqualTo(0.0);
    assertThat(d.ap(1)).isEqualTo(1.0);
    assertThat(d.ap(2)).isEqualTo(1.0);
    assertThat(d.truePositives()).containsExactly(0, 2, 2);
    assertThat(d.mean()).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void duplicatePredictionIsFalsePositive() {
    LaneMap truth = twoDividers(0, 1);
    // A copy of the first divider at 0.9, its duplicate at 0.8, the second divider at 0.7:
    // TP, FP, TP -> precision 1 at recall 0.5, 2/3 at recall 1 -> AP = 0.5 + 0.5 * 2/3.
    LaneMap pred =
        map(
            fixtures.line(MapClass.DIVIDER, 0.9, -20, -1.75, 20, -1.75),
            fixtures.line(MapClass.DIVIDER, 0.8, -20, -1.70, 20, -1.70),
            fixtures.line(MapClass.DIVIDER, 0.7, -20, 1.75, 20, 1.75));
    ClassScore d = Evaluation.evaluate(pred, truth, ONE_WINDOW).score(MapClass.DIVIDER);
    assertThat(d.truePositives()).containsExactly(2, 2, 2);
    assertThat(d.predictionCount()).isEqualTo(3);
    assertThat(d.mean()).isCloseTo(0.5 + 0.5 * 2 / 3.0, within(1e-12));
  }

  @Test
  void emptyPredictionScoresZero() {
    EvalResult r = Evaluation.evaluate(map(), twoDividers(0, 1), ONE_WINDOW);
    assertThat(r.score(MapClass.DIVIDER).mean()).isEqualTo(0.0);
    assertThat(r.mAP()).isEqualTo(0.0);
  }

  @Test
  void linesBeyondTheGateNeverMatchAndPoolsAcrossWindows() {
    LaneMap truth = map(fixtures.line(MapClass.DIVIDER, 1, -100, 0, 100, 0));
    LaneMap far = map(fixtures.line(MapClass.DIVIDER, 0.9, -100, 3, 100, 3));
    assertThat(Evaluation.evaluate(far, truth, ONE_WINDOW).score(MapClass.DIVIDER).mean())
        .isEqualTo(0.0);
    List<EvalWindow> three =
        List.of(EvalWindow.at(-60, 0, 0), EvalWindow.at(0, 0, 0), EvalWindow.at(60, 0, 0));
    ClassScore s = Evaluation.evaluate(truth, truth, three).score(MapClass.DIVIDER);
    assertThat(s.truthCount()).isEqualTo(3);
    assertThat(s.mean()).isEqualTo(1.0);
  }

  @Test
  void clipsToTheRotatedWindow() {
    // A window facing north: 60 m along y, 30 m along x. A divider along x at y=0 from -100 to
    // 100 is clipped to x in [-15, 15]; a prediction covering only that part is a perfect match.
    List<EvalWindow> north = List.of(EvalWindow.at(0, 0, Math.PI / 2));
    LaneMap truth = map(fixtures.line(MapClass.DIVIDER, 1, -100, 0, 100, 0));
    LaneMap pred = map(fixtures.line(MapClass.DIVIDER, 0.5, -15, 0, 15, 0));
    assertThat(Evaluation.evaluate(pred, truth, north).score(MapClass.DIVIDER).mean())
        .isCloseTo(1.0, within(1e-9));
    // Facing east the same prediction covers only half of the 60 m piece: Chamfer is large.
    assertThat(Evaluation.evaluate(pred, truth, ONE_WINDOW).score(MapClass.DIVIDER).ap(0))
        .isEqualTo(0.0);
  }

  @Test
  void stopLinesAreReportedApartFromMap() {
    LaneMap truth =
        map(
            fixtures.line(MapClass.DIVIDER, 1, -20, 0, 20, 0),
            fixtures.line(MapClass.STOP_LINE, 1, 10, -3, 10, 3));
    LaneMap pred = map(fixtures.line(MapClass.DIVIDER, 1, -20, 0, 20, 0));
    EvalResult r = Evaluation.evaluate(pred, truth, ONE_WINDOW);
    assertThat(r.mAP()).isEqualTo(1.0);
    assertThat(r.score(MapClass.STOP_LINE).mean()).isEqualTo(0.0);
    Map<String, Object> json = r.toJsonMap();
    assertThat(json).containsKeys("mAP", "AP", "stop_line");
    @SuppressWarnings("unchecked")
    Map<String, Object> ap = (Map<String, Object>) json.get("AP");
    assertThat(ap).containsOnlyKeys("divider", "boundary", "ped_crossing");
    @SuppressWarnings("unchecked")
    Map<String, Object> div = (Map<String, Object>) ap.get("divider");
    assertThat(div)
        .containsEntry("0.5", 1.0)
        .containsEntry("1.0", 1.0)
        .containsEntry("1.5", 1.0)
        .containsEntry("mean", 1.0);
  }

  @Test
  void chamferOfParallelLinesIsTheirOffset() {
    double[] a = Chamfer.resample(new double[] {0, 0, 10, 0}, false);
    double[] b = Chamfer.resample(new double[] {0, 0.7, 10, 0.7}, false);
    assertThat(Chamfer.distance(a, b)).isCloseTo(0.7, within(1e-9));
    double[] c = Chamfer.resample(new double[] {0, 2.5, 10, 2.5}, false);
    assertThat(Chamfer.distance(a, c)).isInfinite();
  }

  @Test
  void windowsFollowSweepPosesEveryFewMetres() {
    List<dev.mapsmith.core.frame.RigidTransform> poses = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      poses.add(dev.mapsmith.core.frame.RigidTransform.fromEuler(0, 0, 0, i * 1.0, 0, 0));
    }
    List<EvalWindow> w = EvalWindows.atPoses(poses, 5);
    assertThat(w).hasSize(20);
    assertThat(EvalWindows.tileGrid(new dev.mapsmith.core.geom.Bounds2(0, 0, 120, 60))).hasSize(4);
  }
}
