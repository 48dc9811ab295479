package dev.mapsmith.reconstruction.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.lanelet.BoundRef;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.LaneRelations;
import dev.mapsmith.core.lanelet.Lanelet;
import dev.mapsmith.core.lanelet.LineString;
import dev.mapsmith.core.lanelet.RelationTolerances;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.Provenance;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Truth: two lanes along +x in two pieces (lanelets 10, 11 then 12, 13). The predictions move,
 * drop, reverse or add lanelets; the scores count exactly what changed.
 */
class LaneGraphEvaluationTest {

  static final List<EvalWindow> EVERYWHERE = List.of(new EvalWindow(10, 3.5, 0, 100, 100));

  /** The road, shifted {@code dy} across; {@code lanes} picks lanelets (10..13) to keep. */
  static LaneGraph road(double dy, List<Long> lanes, boolean reverse13) {
    double[] ys = {0, 3.5, 7};
    List<LineString> lines = new ArrayList<>();
    for (int k = 0; k < 2; k++) {
      for (int i = 0; i < 3; i++) {
        double y = ys[i] + dy;
        lines.add(
            new LineString(
                1 + 3L * k + i,
                Polyline.of(10 * k, y, 0, 10 * k + 5, y, 0, 10 * k + 10, y, 0),
                Attributes.of("type", "line_thin", "subtype", "dashed")));
      }
    }
    List<Lanelet> lanelets = new ArrayList<>();
    long[][] bounds = {{2, 1}, {3, 2}, {5, 4}, {6, 5}};
    for (int i = 0; i < 4; i++) {
      long id = 10 + i;
      if (lanes.contains(id)) {
        Lanelet l =
            new Lanelet(
                id,
                BoundRef.of(bounds[i][0]),
                BoundRef.of(bounds[i][1]),
                Attributes.EMPTY,
                1,
                Provenance.truth("t"));
        lanelets.add(id == 13 && reverse13 ? l.reversed() : l);
      }
    }
    LaneGraph g = new LaneGraph(new NamedLocalFrame("t"), lines, lanelets, List.of(), List.of());
    return LaneRelations.derived(g, RelationTolerances.defaults());
  }

  static final List<Long> ALL = List.of(10L, 11L, 12L, 13L);

  /** The road as one lanelet per lane over x 0..20, {@code swap} puts lane 11's bounds wrong. */
  static LaneGraph uncut(double dy, boolean swap) {
    List<LineString> lines = new ArrayList<>();
    double[] ys = {0, 3.5, 7};
    for (int i = 0; i < 3; i++) {
      lines.add(
          new LineString(
              1 + i,
              Polyline.of(0, ys[i] + dy, 0, 10, ys[i] + dy, 0, 20, ys[i] + dy, 0),
              Attributes.of("type", "line_thin", "subtype", "dashed")));
    }
    Provenance p = Provenance.truth("t");
    List<Lanelet> lanelets =
        List.of(
            new Lanelet(10, BoundRef.of(2), BoundRef.of(1), Attributes.EMPTY, 1, p),
            swap
                ? new Lanelet(11, BoundRef.of(2), BoundRef.of(3), Attributes.EMPTY, 1, p)
                : new Lanelet(11, BoundRef.of(3), BoundRef.of(2), Attributes.EMPTY, 1, p));
    LaneGraph g = new LaneGraph(new NamedLocalFrame("t"), lines, lanelets, List.of(), List.of());
    return LaneRelations.derived(g, RelationTolerances.defaults());
  }

  @Test
  void aPerfectPredictionScoresOne() {
    LaneGraphScore s =
        LaneGraphEvaluation.score(
            road(0.3, ALL, false), road(0, ALL, false), EVERYWHERE, LaneMatchConfig.defaults());
    // 10 -> 12 and 11 -> 13 are unbranched: two lanes, side by side
    assertThat(s.lanelets()).isEqualTo(new EdgeScore(2, 2, 2));
    assertThat(s.neighbours()).isEqualTo(new EdgeScore(1, 1, 1));
    assertThat(s.lanelets().f1()).isEqualTo(1.0);
    assertThat(s.wrongSide()).isZero();
  }

  @Test
  void whereTheTruthCutsALaneWithoutAVisibleReasonDoesNotCount() {
    LaneGraphScore s =
        LaneGraphEvaluation.score(
            uncut(0.2, false), road(0, ALL, false), EVERYWHERE, LaneMatchConfig.defaults());
    assertThat(s.lanelets()).isEqualTo(new EdgeScore(2, 2, 2));
    assertThat(s.neighbours()).isEqualTo(new EdgeScore(1, 1, 1));
  }

  @Test
  void missingFarReversedAndWrongSideLanesCountAgainst() {
    // 11 and 13 missing: lane 10 -> 12 still matches, no neighbour edge predicted
    LaneGraphScore missing =
        LaneGraphEvaluation.score(
            road(0, List.of(10L, 12L), false),
            road(0, ALL, false),
            EVERYWHERE,
            LaneMatchConfig.defaults());
    assertThat(missing.lanelets()).isEqualTo(new EdgeScore(2, 1, 1));
    assertThat(missing.lanelets().recall()).isEqualTo(0.5);
    assertThat(missing.neighbours()).isEqualTo(new EdgeScore(0, 0, 0));
    LaneGraphScore far =
        LaneGraphEvaluation.score(
            road(1.5, ALL, false), road(0, ALL, false), EVERYWHERE, LaneMatchConfig.defaults());
    assertThat(far.lanelets().matched()).isZero();
    // lanelet 13 driven the other way matches nothing; lane 11 is then cut in two
    LaneGraphScore reversed =
        LaneGraphEvaluation.score(
            road(0, ALL, true), road(0, ALL, false), EVERYWHERE, LaneMatchConfig.defaults());
    assertThat(reversed.lanelets().predicted()).isEqualTo(3);
    assertThat(reversed.lanelets().matched()).isEqualTo(1);
    LaneGraphScore swapped =
        LaneGraphEvaluation.score(
            uncut(0, true), road(0, ALL, false), EVERYWHERE, LaneMatchConfig.defaults());
    assertThat(swapped.wrongSide()).isEqualTo(1);
  }

  @Test
  void onlyWhatLiesInTheWindowsIsScored() {
    List<EvalWindow> firstPiece = List.of(new EvalWindow(5, 3.5, 0, 10, 20));
    // both chains cut to x 0..10, where prediction and truth agree
    LaneGraphScore s =
        LaneGraphEvaluation.score(
            road(0, List.of(10L, 11L), false),
            road(0, ALL, false),
            firstPiece,
            LaneMatchConfig.defaults());
    assertThat(s.lanelets()).isEqualTo(new EdgeScore(2, 2, 2));
    List<EvalWindow> nowhere = List.of(new EvalWindow(500, 500, 0, 10, 10));
    assertThat(
            LaneGraphEvaluation.score(
                    road(0, ALL, false), road(0, ALL, false), nowhere, LaneMatchConfig.defaults())
                .lanelets())
        .isEqualTo(new EdgeScore(0, 0, 0));
  }
}
