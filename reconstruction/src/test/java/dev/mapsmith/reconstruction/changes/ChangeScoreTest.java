package dev.mapsmith.reconstruction.changes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.reconstruction.eval.EvalWindow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scoring verdicts against the truth of a changed world. */
class ChangeScoreTest {

  private static final Polyline A = Polyline.of(0, 0, 0, 20, 0, 0);
  private static final Polyline B = Polyline.of(0, 4, 0, 20, 4, 0);
  private static final Polyline FAR = Polyline.of(500, 0, 0, 520, 0, 0);

  @Test
  void countsHitsMissesFalseAlarmsKeptElementsAndFrames() {
    List<TruthChange> truth =
        List.of(
            new TruthChange("line_moved", Verdict.MOVED, 1, List.of(1L), true, 1.2, A),
            new TruthChange("line_added", Verdict.ADDED, 9, List.of(9L), true, Double.NaN, B),
            new TruthChange(
                "line_removed", Verdict.REMOVED, 3, List.of(3L), false, Double.NaN, FAR));
    List<ChangeVerdict> verdicts =
        List.of(
            verdict(1, Verdict.MOVED, 1.0, A, null), // within 1 m of 1.2: a hit
            verdict(0, Verdict.ADDED, Double.NaN, null, Polyline.of(2, 4.3, 0, 18, 4.3, 0)),
            verdict(3, Verdict.UNOBSERVED, Double.NaN, FAR, null),
            verdict(4, Verdict.CONFIRMED, Double.NaN, Polyline.of(0, -4, 0, 20, -4, 0), null),
            verdict(5, Verdict.REMOVED, Double.NaN, Polyline.of(0, -8, 0, 20, -8, 0), null));
    List<EvalWindow> frames = List.of(EvalWindow.at(10, 0, 0), EvalWindow.at(300, 0, 0));
    ChangeScore.Counts c = ChangeScore.score(verdicts, truth, frames, 1.0, 0.5);
    assertThat(c.perType.get("line_moved")).containsExactly(1, 0, 0);
    assertThat(c.perType.get("line_added")).containsExactly(1, 0, 0);
    assertThat(c.perType.get("line_removed")).containsExactly(0, 0, 1); // element 5: a false alarm
    assertThat(c.unchanged).isEqualTo(2);
    assertThat(c.unchangedKept).isEqualTo(1);
    assertThat(c.unseenChanges).isEqualTo(1);
    assertThat(c.unseenKept).isEqualTo(1);
    assertThat(c.frames[1][1]).isEqualTo(1); // the first frame: changed and said so
    assertThat(c.frames[0][0]).isEqualTo(1); // the far frame: nothing, nothing said
    assertThat(c.mAcc()).isEqualTo(1.0);
  }

  @Test
  void aMoveWithAWrongDisplacementIsAMissAndAFalseAlarmIsNotAHit() {
    List<TruthChange> truth =
        List.of(new TruthChange("line_moved", Verdict.MOVED, 1, List.of(1L), true, 0.4, A));
    ChangeScore.Counts c =
        ChangeScore.score(
            List.of(verdict(1, Verdict.MOVED, 1.9, A, null)), truth, List.of(), 1.0, 0.5);
    assertThat(c.perType.get("line_moved")).containsExactly(0, 1, 0);
  }

  private static ChangeVerdict verdict(
      long id, Verdict v, double displacement, Polyline prior, Polyline found) {
    return new ChangeVerdict(
        id,
        MapClass.DIVIDER,
        v,
        0.9,
        displacement,
        List.of(),
        Evidence.NONE,
        List.of("d"),
        prior,
        found);
  }
}
