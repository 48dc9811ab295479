package dev.mapsmith.reconstruction.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The diagnosis lists the chains the score counted, with the same matches: the truth road of {@link
 * LaneGraphEvaluationTest} against a prediction that lacks the upper lane.
 */
class LaneGraphDiagnosisTest {

  @Test
  void everyScoredChainIsListedWithItsMatchAsTheScoreCountsIt() {
    var truth = LaneGraphEvaluationTest.road(0, LaneGraphEvaluationTest.ALL, false);
    var predicted = LaneGraphEvaluationTest.road(0.2, List.of(10L, 12L), false);
    var cfg = LaneMatchConfig.defaults();
    var windows = LaneGraphEvaluationTest.EVERYWHERE;
    List<LaneGraphDiagnosis.Chain> chains =
        LaneGraphDiagnosis.chains(predicted, truth, windows, cfg);
    LaneGraphScore score = LaneGraphEvaluation.score(predicted, truth, windows, cfg);

    assertThat(chains.stream().filter(c -> !c.truth()).count())
        .isEqualTo(score.lanelets().predicted());
    assertThat(chains.stream().filter(LaneGraphDiagnosis.Chain::truth).count())
        .isEqualTo(score.lanelets().truth());
    assertThat(chains.stream().filter(c -> c.truth() && c.matched() != null).count())
        .isEqualTo(score.lanelets().matched())
        .isEqualTo(1);
    // the upper truth lane: unmatched, 3.3 m from the predicted lane, beyond the metric's 2 m gate
    LaneGraphDiagnosis.Chain missed =
        chains.stream().filter(c -> c.truth() && c.matched() == null).findFirst().orElseThrow();
    assertThat(missed.nearest()).isInfinite();
    LaneGraphDiagnosis.Chain found =
        chains.stream().filter(c -> !c.truth()).findFirst().orElseThrow();
    assertThat(found.nearest()).isBetween(0.19, 0.21); // shifted 0.2 m across
    assertThat(missed.lanelets()).isEqualTo(2);
  }
}
