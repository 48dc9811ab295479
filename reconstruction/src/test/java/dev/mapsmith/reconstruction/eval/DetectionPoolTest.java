package dev.mapsmith.reconstruction.eval;

import static dev.mapsmith.reconstruction.eval.EvalFixtures.ONE_WINDOW;
import static dev.mapsmith.reconstruction.eval.EvalFixtures.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.ProgressMonitor;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectionPoolTest {

  private final EvalFixtures fixtures = new EvalFixtures();

  private Primitive divider(double y, double score) {
    return fixtures.line(MapClass.DIVIDER, score, -20, y, 20, y);
  }

  private Primitive crosswalk(double x, double score) {
    return fixtures.line(MapClass.PED_CROSSING, score, x, -6, x + 4, -6, x + 4, 6, x, 6);
  }

  private static DetectionPool collect(LaneMap predicted, LaneMap truth) {
    return Evaluation.collect(predicted, truth, ONE_WINDOW, ProgressMonitor.NONE);
  }

  @Test
  void aClassWithoutTruthInOneDriveNoLongerZeroesItsAp() {
    // drive A has a crosswalk, found; drive B has none and one weak false crosswalk
    DetectionPool a =
        collect(map(divider(0, 0.9), crosswalk(5, 0.9)), map(divider(0, 1), crosswalk(5, 1)));
    DetectionPool b = collect(map(divider(1.75, 0.9), crosswalk(-10, 0.3)), map(divider(1.75, 1)));

    assertThat(b.result().score(MapClass.PED_CROSSING).mean()).isEqualTo(0.0);
    assertThat(b.result().mAP()).isCloseTo(0.5, within(1e-12)); // per drive: (1 + 0) / 2

    EvalResult pooled = DetectionPool.pooled(List.of(a, b)).result();
    // the true crosswalk (0.9) ranks above the false one (0.3): full recall at precision 1
    assertThat(pooled.score(MapClass.PED_CROSSING).mean()).isEqualTo(1.0);
    assertThat(pooled.score(MapClass.PED_CROSSING).truthCount()).isEqualTo(1);
    assertThat(pooled.score(MapClass.PED_CROSSING).predictionCount()).isEqualTo(2);
    assertThat(pooled.score(MapClass.DIVIDER).truthCount()).isEqualTo(2);
    assertThat(pooled.mAP()).isEqualTo(1.0);
    assertThat(pooled.windows()).isEqualTo(2);
  }

  @Test
  void aConfidentFalsePositiveStillCostsPrecisionInThePool() {
    DetectionPool a = collect(map(crosswalk(5, 0.5)), map(crosswalk(5, 1)));
    DetectionPool b = collect(map(crosswalk(-10, 0.9)), map());
    // ranked: FP (0.9), TP (0.5): precision 1/2 at recall 1
    assertThat(DetectionPool.pooled(List.of(a, b)).result().score(MapClass.PED_CROSSING).mean())
        .isCloseTo(0.5, within(1e-12));
  }

  @Test
  void poolOfOneDriveEqualsThatDrivesEvaluation() {
    LaneMap truth = map(divider(-1.75, 1), divider(1.75, 1), crosswalk(5, 1));
    LaneMap pred =
        map(divider(-1.2, 0.8), divider(1.75, 0.6), divider(6, 0.9), crosswalk(5.3, 0.7));
    EvalResult direct = Evaluation.evaluate(pred, truth, ONE_WINDOW);
    EvalResult pooled = DetectionPool.pooled(List.of(collect(pred, truth))).result();
    assertThat(pooled.mAP()).isEqualTo(direct.mAP());
    for (MapClass c : Evaluation.SCORED_CLASSES) {
      // Arrays.equals: NaN (a class with nothing to score, here stop_line) equals NaN
      assertThat(Arrays.equals(pooled.score(c).ap(), direct.score(c).ap())).as(c.key()).isTrue();
      assertThat(pooled.score(c).predictionCount()).isEqualTo(direct.score(c).predictionCount());
    }
    assertThat(direct.mAP()).isBetween(0.1, 0.99); // a mixed case, not a trivial 0 or 1
  }

  @Test
  void detectionsCarryScoreAndMatchAtEachThreshold() {
    // 0.7 m off: a miss at 0.5 m, a match at 1.0 m
    DetectionPool p = collect(map(divider(0.7, 0.8)), map(divider(0, 1)));
    assertThat(p.detections(MapClass.DIVIDER, 0)).containsExactly(new Detection(0.8, false));
    assertThat(p.detections(MapClass.DIVIDER, 1)).containsExactly(new Detection(0.8, true));
  }
}
