package dev.mapsmith.labeling.edit.lanes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.LaneRelation;
import dev.mapsmith.core.lanelet.Lanelet;
import dev.mapsmith.core.lanelet.LaneletGeometry;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.labeling.ProjectLanes;
import dev.mapsmith.labeling.TestLanes;
import dev.mapsmith.labeling.edit.EditCommand;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.function.Consumer;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each lane command on a two-lane road in two pieces (right lane R1 then R2, left lane L1 then L2):
 * what it does, that undo gives back exactly the lanes before, that redo does it again and that
 * what the project holds is what the file holds; and each refusal says why and changes nothing.
 */
class LaneCommandsTest {

  @TempDir Path dir;
  Path file;
  Project project;
  long r1;
  long r2;
  long l1;
  long l2;

  @BeforeEach
  void setUp() {
    file = dir.resolve("lanes.mapsmith");
    project = Project.create(file, new NamedLocalFrame("T"));
    TestLanes.insert(project, TestLanes.road(project.frame(), 0, 2, 10));
    r1 = TestLanes.at(project.lanes(), 5, 1.75);
    r2 = TestLanes.at(project.lanes(), 15, 1.75);
    l1 = TestLanes.at(project.lanes(), 5, 5.25);
    l2 = TestLanes.at(project.lanes(), 15, 5.25);
  }

  @AfterEach
  void tearDown() {
    project.close();
  }

  private LaneGraph g() {
    return project.lanes().graph();
  }

  /** Executes, checks, undoes (exactly the lanes before), redoes, and compares with the file. */
  private void roundTrip(EditCommand cmd, Consumer<ProjectLanes> check) {
    ProjectLanes start = project.lanes();
    project.execute(cmd);
    ProjectLanes after = project.lanes();
    check.accept(after);
    project.undo();
    assertSame(project.lanes(), start);
    project.redo();
    assertSame(project.lanes(), after);
    project.close();
    project = Project.open(file);
    assertSame(project.lanes(), after);
  }

  private static void assertSame(ProjectLanes actual, ProjectLanes expected) {
    assertThat(actual.graph().lanelets())
        .containsExactlyInAnyOrderElementsOf(expected.graph().lanelets());
    assertThat(actual.graph().lines())
        .containsExactlyInAnyOrderElementsOf(expected.graph().lines());
    assertThat(new HashSet<>(actual.graph().relations()))
        .isEqualTo(new HashSet<>(expected.graph().relations()));
    for (Lanelet l : expected.graph().lanelets()) {
      assertThat(actual.review(l.id())).isEqualTo(expected.review(l.id()));
    }
  }

  private void refused(EditCommand cmd, String reason) {
    ProjectLanes before = project.lanes();
    assertThatThrownBy(() -> project.execute(cmd))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(reason);
    assertThat(project.lanes()).isSameAs(before);
  }

  @Test
  void reviewingALaneletIsAnUndoableEdit() {
    roundTrip(
        new SetLaneletReview(l1, ReviewState.VERIFIED),
        lanes -> assertThat(lanes.review(l1)).isEqualTo(ReviewState.VERIFIED));
    refused(new SetLaneletReview(l1, ReviewState.VERIFIED), "verified already");
  }

  @Test
  void theRoadIsConnectedAsBuilt() {
    assertThat(g().successors(r1)).containsExactly(r2);
    assertThat(g().successors(l1)).containsExactly(l2);
    assertThat(g().neighbours(r1, LaneRelation.Kind.LEFT)).containsExactly(l1);
    assertThat(g().neighbours(l1, LaneRelation.Kind.RIGHT)).containsExactly(r1);
    assertThat(g().relations())
        .filteredOn(r -> r.kind() == LaneRelation.Kind.LEFT)
        .allMatch(LaneRelation::laneChange); // the middle line is dashed
  }

  @Test
  void removeAndSetASuccessor() {
    roundTrip(
        new RemoveSuccessor(r1, r2),
        lanes -> {
          assertThat(lanes.graph().successors(r1)).isEmpty();
          assertThat(lanes.graph().successors(l1)).containsExactly(l2);
          assertThat(lanes.review(r1)).isEqualTo(ReviewState.CORRECTED);
          assertThat(lanes.review(l1)).isEqualTo(ReviewState.AUTO);
        });
    refused(new RemoveSuccessor(r1, l2), "lanelet " + l2 + " does not follow " + r1);
    roundTrip(
        new SetSuccessor(r1, r2), lanes -> assertThat(lanes.graph().successors(r1)).contains(r2));
    refused(new SetSuccessor(r1, r2), "already follows");
    refused(new SetSuccessor(r1, r1), "cannot follow itself");
  }

  @Test
  void settingASuccessorMovesItsStartOntoTheEndWithinReach() {
    ProjectLanes before = project.lanes();
    TestLanes.insertBeside(project, TestLanes.road(project.frame(), 21, 1, 10), before);
    long r3 = TestLanes.at(project.lanes(), 26, 1.75);
    assertThat(g().successors(r2)).doesNotContain(r3); // 1 m gap: not joined by shape
    roundTrip(
        new SetSuccessor(r2, r3),
        lanes -> {
          LaneGraph g = lanes.graph();
          Polyline start = LaneletGeometry.right(g, g.lanelet(r3).orElseThrow());
          assertThat(start.x(0)).isEqualTo(20.0);
          assertThat(g.successors(r2)).containsExactly(r3);
          // the moved middle line bounds the left lane too: it moves with it, but the left
          // lane's outer line does not, so that lane still does not follow L2
          long l3 = TestLanes.at(lanes, 26, 5.25);
          Polyline l3Right = LaneletGeometry.right(g, g.lanelet(l3).orElseThrow());
          assertThat(l3Right.x(0)).isEqualTo(20.0);
          assertThat(g.successors(l2)).doesNotContain(l3);
        });
  }

  @Test
  void aSuccessorTooFarAwayOrTurnedRoundIsRefused() {
    ProjectLanes before = project.lanes();
    TestLanes.insertBeside(project, TestLanes.road(project.frame(), 30, 1, 10), before);
    long far = TestLanes.at(project.lanes(), 35, 1.75);
    refused(new SetSuccessor(r2, far), "starts 10.0 m from where " + r2 + " ends");
    project.execute(new ReverseLanelet(far));
    refused(new SetSuccessor(r2, far), "runs the other way");
  }

  @Test
  void reverseTurnsTheLaneletAndDropsRelationsThatNoLongerHold() {
    roundTrip(
        new ReverseLanelet(r1),
        lanes -> {
          LaneGraph g = lanes.graph();
          Lanelet turned = g.lanelet(r1).orElseThrow();
          Polyline c = lanes.centerline(r1);
          assertThat(c.x(0)).isCloseTo(10, Offset.offset(1e-9));
          assertThat(c.x(c.size() - 1)).isCloseTo(0, Offset.offset(1e-9));
          assertThat(
                  LaneletGeometry.leftLiesLeft(
                      LaneletGeometry.left(g, turned), LaneletGeometry.right(g, turned)))
              .isTrue();
          assertThat(g.successors(r1)).isEmpty();
          assertThat(g.predecessors(r2)).isEmpty();
          assertThat(g.neighbours(l1, LaneRelation.Kind.RIGHT)).isEmpty();
          assertThat(turned.attributes().get(Lanelet.DIRECTION_SOURCE)).contains("manual");
          assertThat(g.successors(l1)).containsExactly(l2); // untouched
        });
  }

  @Test
  void splitCutsTheLaneAndItsNeighbourAcrossTheRoad() {
    roundTrip(
        new SplitLanelet(r1, new Point3(4, 1.0, 0)),
        lanes -> {
          LaneGraph g = lanes.graph();
          assertThat(g.lanelets()).hasSize(6);
          long tail = TestLanes.at(lanes, 7, 1.75), leftTail = TestLanes.at(lanes, 7, 5.25);
          assertThat(tail).isNotIn(r1, r2, l1, l2);
          Polyline head = lanes.centerline(r1);
          assertThat(head.x(head.size() - 1)).isCloseTo(4, Offset.offset(1e-9));
          assertThat(g.successors(r1)).containsExactly(tail);
          assertThat(g.successors(tail)).containsExactly(r2);
          assertThat(g.successors(l1)).containsExactly(leftTail);
          assertThat(g.neighbours(tail, LaneRelation.Kind.LEFT)).containsExactly(leftTail);
          assertThat(g.neighbours(r1, LaneRelation.Kind.LEFT)).containsExactly(l1);
          assertThat(lanes.review(tail)).isEqualTo(ReviewState.CORRECTED);
        });
  }

  @Test
  void splitTooNearAnEndIsRefused() {
    refused(new SplitLanelet(r1, new Point3(0.4, 1, 0)), "each piece needs 1.0 m");
  }

  @Test
  void mergeJoinsSuccessiveLanesAndTheirNeighbours() {
    refused(new MergeLanelets(r1, l2), "does not follow");
    roundTrip(
        new MergeLanelets(r1, r2),
        lanes -> {
          LaneGraph g = lanes.graph();
          assertThat(g.lanelets()).extracting(Lanelet::id).containsExactlyInAnyOrder(r1, l1);
          Polyline c = lanes.centerline(r1);
          assertThat(c.x(c.size() - 1)).isCloseTo(20, Offset.offset(1e-9));
          assertThat(g.lines()).hasSize(3);
          assertThat(g.neighbours(r1, LaneRelation.Kind.LEFT)).containsExactly(l1);
        });
  }

  @Test
  void aLaneletThatIsNotThereIsNamed() {
    assertThatThrownBy(() -> project.execute(new ReverseLanelet(424242)))
        .hasMessageContaining("no lanelet 424242");
  }

  @Test
  void mergeIsRefusedWhenALaneBesideHasNoPartnerOnTheOtherLine() {
    // a road whose left lane ends after the first piece: merging the right lanes would join the
    // middle line on, which the left lane of the first piece uses with nothing after it
    LaneGraph road = g();
    java.util.List<Lanelet> kept = road.lanelets().stream().filter(l -> l.id() != l2).toList();
    java.util.List<dev.mapsmith.core.lanelet.LineString> lines =
        road.lines().stream()
            .filter(
                x ->
                    kept.stream()
                        .anyMatch(l -> l.left().lineId() == x.id() || l.right().lineId() == x.id()))
            .toList();
    LaneGraph narrowing =
        new LaneGraph(road.frame(), lines, kept, java.util.List.of(), java.util.List.of());
    project.close();
    project = Project.create(dir.resolve("narrow.mapsmith"), new NamedLocalFrame("T"));
    TestLanes.insert(
        project,
        dev.mapsmith.core.lanelet.LaneRelations.derived(
            narrowing, dev.mapsmith.core.lanelet.RelationTolerances.defaults()));
    long a = TestLanes.at(project.lanes(), 5, 1.75), b = TestLanes.at(project.lanes(), 15, 1.75);
    long left = TestLanes.at(project.lanes(), 5, 5.25);
    refused(new MergeLanelets(a, b), "lanelet " + left + " shares line");
  }

  @Test
  void reconstructingAgainReplacesAutomaticLaneletsAndKeepsTouchedOnes() {
    project.execute(new RemoveSuccessor(r1, r2)); // r1 and r2 are corrected now
    roundTrip(
        new ReplaceAutomaticLanes(
            new dev.mapsmith.labeling.edit.ReplaceAutomatic(
                new dev.mapsmith.core.geom.Bounds2(-1, -1, 30, 10), java.util.List.of(), "again"),
            TestLanes.road(project.frame(), 0, 2, 10),
            LaneEditRules.defaults()),
        lanes -> {
          LaneGraph g = lanes.graph();
          assertThat(g.lanelets()).hasSize(6); // r1, r2 kept; l1, l2 replaced by 4 new
          assertThat(g.lanelet(r1)).isPresent();
          assertThat(g.lanelet(l1)).isEmpty();
          assertThat(lanes.review(r1)).isEqualTo(ReviewState.CORRECTED);
          java.util.Set<Long> used = new java.util.HashSet<>();
          g.lanelets()
              .forEach(
                  l -> {
                    used.add(l.left().lineId());
                    used.add(l.right().lineId());
                  });
          assertThat(g.lines())
              .extracting(dev.mapsmith.core.lanelet.LineString::id)
              .as("no line left that nothing uses")
              .containsExactlyInAnyOrderElementsOf(used);
        });
  }
}
