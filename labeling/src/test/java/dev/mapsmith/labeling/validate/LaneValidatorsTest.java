package dev.mapsmith.labeling.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.LaneRelations;
import dev.mapsmith.core.lanelet.Lanelet;
import dev.mapsmith.core.lanelet.LineString;
import dev.mapsmith.core.lanelet.RelationTolerances;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.labeling.Finding;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.labeling.Severity;
import dev.mapsmith.labeling.TestLanes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each {@code topology.*} validator on a road that keeps its contract and on one that breaks it.
 */
class LaneValidatorsTest {

  @TempDir Path dir;

  private static final NamedLocalFrame FRAME = new NamedLocalFrame("V");

  /** The two-lane road of {@link TestLanes} in two pieces: ids 4, 5 then 9, 10. */
  private static LaneGraph road() {
    return TestLanes.road(FRAME, 0, 2, 10);
  }

  /** {@code g} with lanelet {@code l} in place of the one with its id, relations read again. */
  private static LaneGraph with(LaneGraph g, Lanelet l) {
    return LaneRelations.derived(g.withLanelet(l), RelationTolerances.defaults());
  }

  private static Lanelet lanelet(LaneGraph g, long id) {
    return g.lanelet(id).orElseThrow();
  }

  @Test
  void noSuccessorFlagsTheEndsOfRoutes() {
    List<Finding> f = new NoSuccessor().check(road());
    assertThat(f).extracting(Finding::primitiveId).containsExactlyInAnyOrder(9L, 10L);
    assertThat(f).allMatch(x -> x.severity() == Severity.WARNING);
    assertThat(f.get(0).location().x()).isEqualTo(20.0);
    LaneGraph cut = road().withRelations(List.of());
    assertThat(new NoSuccessor().check(cut)).hasSize(4);
  }

  @Test
  void boundDirectionMismatchFlagsABoundTakenTheWrongWay() {
    assertThat(new BoundDirectionMismatch().check(road())).isEmpty();
    Lanelet l = lanelet(road(), 4);
    Lanelet broken =
        new Lanelet(4, l.left().invert(), l.right(), l.attributes(), 0.7, l.provenance());
    List<Finding> f = new BoundDirectionMismatch().check(with(road(), broken));
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.primitiveId()).isEqualTo(4);
              assertThat(x.message()).contains("line 2").contains("line 1");
              assertThat(x.severity()).isEqualTo(Severity.ERROR);
            });
    // the same lanelet reversed as a whole runs against its lines but is sound
    assertThat(new BoundDirectionMismatch().check(with(road(), l.reversed()))).isEmpty();
  }

  @Test
  void leftOfRightFlagsAMirroredLane() {
    assertThat(new LeftOfRight().check(road())).isEmpty();
    Lanelet l = lanelet(road(), 4);
    Lanelet swapped = new Lanelet(4, l.right(), l.left(), l.attributes(), 0.7, l.provenance());
    List<Finding> f = new LeftOfRight().check(with(road(), swapped));
    assertThat(f).extracting(Finding::primitiveId).containsExactly(4L);
    assertThat(f.get(0).location().x()).isBetween(4.0, 6.0);
    assertThat(new LeftOfRight().check(with(road(), l.reversed()))).isEmpty();
    assertThat(new BoundDirectionMismatch().check(with(road(), swapped))).isEmpty();
  }

  @Test
  void overlappingLaneletsFlagsALaneBuiltTwiceButNotNeighboursOrSuccessors() {
    OverlappingLanelets v = new OverlappingLanelets(2.0, 0.5);
    assertThat(v.check(road())).isEmpty();
    LaneGraph g = road();
    List<LineString> lines = new ArrayList<>(g.lines());
    Attributes edge = Attributes.of("type", "road_border");
    // a copy of the right lane of the first piece, 0.3 m to the side, from x = 2 to 9
    lines.add(new LineString(50, TestLanes.line(2, 9, 0.3), edge));
    lines.add(new LineString(51, TestLanes.line(2, 9, 3.8), edge));
    List<Lanelet> lanelets = new ArrayList<>(g.lanelets());
    lanelets.add(TestLanes.lanelet(52, 51, 50));
    LaneGraph twice =
        LaneRelations.derived(
            new LaneGraph(FRAME, lines, lanelets, List.of(), List.of()),
            RelationTolerances.defaults());
    List<Finding> f = v.check(twice);
    assertThat(f)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.primitiveId()).isEqualTo(52);
              assertThat(x.message()).contains("overlaps lanelet 4");
            });
    assertThat(new OverlappingLanelets(8.0, 0.5).check(twice)).isEmpty(); // only 7 m long
  }

  @Test
  void validationRunStoresTheLaneFindingsInTheProject() {
    try (Project p = Project.create(dir.resolve("v.mapsmith"), FRAME)) {
      TestLanes.insert(p, road());
      List<Finding> all = Validation.run(p);
      assertThat(all).extracting(Finding::validator).contains("topology.no_successor");
      assertThat(p.findings())
          .filteredOn(x -> x.validator().equals("topology.no_successor"))
          .hasSize(2);
    }
  }
}
