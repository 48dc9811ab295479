package dev.mapsmith.core.lanelet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Polyline;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A two-way road as OpenDRIVE conversions write it: every way runs along +x; the westbound lane (y
 * 3.5..7) names the centre line (y 3.5) its left bound and the outer edge (y 7) its right bound, so
 * read by the right bound it would run east with its left bound on its right.
 */
class LaneletOrientationTest {

  static LaneGraph road() {
    List<LineString> lines =
        List.of(
            LaneGraphTest.line(1, 0, 0, 10, 0, "solid"),
            LaneGraphTest.line(2, 0, 3.5, 10, 3.5, "dashed"),
            LaneGraphTest.line(3, 0, 7, 10, 7, "solid"),
            LaneGraphTest.line(4, 10, 0, 20, 0, "solid"),
            LaneGraphTest.line(5, 10, 3.5, 20, 3.5, "dashed"),
            LaneGraphTest.line(6, 10, 7, 20, 7, "solid"));
    List<Lanelet> lanelets =
        List.of(
            LaneGraphTest.lanelet(10, BoundRef.of(2), BoundRef.of(1)), // eastbound
            LaneGraphTest.lanelet(11, BoundRef.of(2), BoundRef.of(3)), // westbound, ways east
            LaneGraphTest.lanelet(12, BoundRef.of(5), BoundRef.of(4)),
            LaneGraphTest.lanelet(13, BoundRef.of(5), BoundRef.of(6)));
    return LaneRelations.derived(
        new LaneGraph(new NamedLocalFrame("t"), lines, lanelets, List.of(), List.of()),
        RelationTolerances.defaults());
  }

  @Test
  void aLaneletWhoseLeftBoundLiesRightRunsTheOtherWayWithItsRolesKept() {
    LaneGraph g = LaneletOrientation.leftOnTheLeft(road(), RelationTolerances.defaults());
    for (Lanelet l : g.lanelets()) {
      assertThat(
              LaneletGeometry.leftLiesLeft(LaneletGeometry.left(g, l), LaneletGeometry.right(g, l)))
          .as("lanelet " + l.id())
          .isTrue();
    }
    Lanelet west = g.lanelet(11).orElseThrow();
    assertThat(west.left().lineId()).isEqualTo(2); // roles kept
    Polyline c = LaneletGeometry.centerline(g, west);
    assertThat(c.x(c.size() - 1)).isLessThan(c.x(0)); // runs west now
    assertThat(g.lanelet(10)).isEqualTo(road().lanelet(10)); // the eastbound lane is untouched
    // successors read again: westbound 13 is followed by 11, eastbound 10 by 12
    assertThat(g.successors(13)).containsExactly(11L);
    assertThat(g.successors(10)).containsExactly(12L);
    assertThat(g.successors(11)).isEmpty();
  }

  @Test
  void aGraphWithEveryLeftBoundOnTheLeftIsReturnedAsItIs() {
    LaneGraph g = LaneletOrientation.leftOnTheLeft(road(), RelationTolerances.defaults());
    assertThat(LaneletOrientation.leftOnTheLeft(g, RelationTolerances.defaults())).isSameAs(g);
  }
}
