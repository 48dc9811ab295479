package dev.mapsmith.labeling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.LaneRelation;
import dev.mapsmith.core.lanelet.Lanelet;
import dev.mapsmith.core.lanelet.RegulatoryElement;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.edit.lanes.RemoveSuccessor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lanelets, their lines, relations and review states survive saving and opening again. */
class ProjectLanesStoreTest {

  @TempDir Path dir;

  private static LaneGraph roadWithStopLine() {
    LaneGraph road = TestLanes.road(new NamedLocalFrame("L"), 0, 2, 10);
    var stop =
        new dev.mapsmith.core.lanelet.LineString(
            100,
            dev.mapsmith.core.geom.Polyline.of(19, 0, 0, 19, 3.5, 0),
            dev.mapsmith.core.map.Attributes.of("type", "stop_line"));
    List<dev.mapsmith.core.lanelet.LineString> lines = new ArrayList<>(road.lines());
    lines.add(stop);
    long governed = road.lanelets().stream().mapToLong(Lanelet::id).max().orElseThrow() - 1;
    return new LaneGraph(
        road.frame(),
        lines,
        road.lanelets(),
        road.relations(),
        List.of(
            new RegulatoryElement(200, RegulatoryElement.Kind.STOP_LINE, 100, List.of(governed))));
  }

  @Test
  void lanesAndRelationsSurviveSaveAndReopen() {
    Path file = dir.resolve("lanes.mapsmith");
    ProjectLanes saved;
    try (Project p = Project.create(file, new NamedLocalFrame("L"))) {
      TestLanes.insert(p, roadWithStopLine());
      long r1 = TestLanes.at(p.lanes(), 5, 1.75), r2 = TestLanes.at(p.lanes(), 15, 1.75);
      p.execute(new RemoveSuccessor(r1, r2));
      saved = p.lanes();
      assertThat(saved.graph().lanelets()).hasSize(4);
      assertThat(saved.review(r1)).isEqualTo(ReviewState.CORRECTED);
    }
    try (Project p = Project.open(file)) {
      ProjectLanes read = p.lanes();
      assertThat(read.graph().lanelets())
          .containsExactlyInAnyOrderElementsOf(saved.graph().lanelets());
      assertThat(read.graph().lines()).containsExactlyInAnyOrderElementsOf(saved.graph().lines());
      assertThat(new HashSet<>(read.graph().relations()))
          .isEqualTo(new HashSet<>(saved.graph().relations()));
      assertThat(read.graph().regulations())
          .containsExactlyInAnyOrderElementsOf(saved.graph().regulations());
      for (Lanelet l : read.graph().lanelets()) {
        assertThat(read.review(l.id())).as("review of " + l.id()).isEqualTo(saved.review(l.id()));
        assertThat(l.confidence()).isEqualTo(0.7);
        assertThat(l.provenance()).isEqualTo(TestMaps.recon());
      }
      long r1 = TestLanes.at(read, 5, 1.75), l1 = TestLanes.at(read, 5, 5.25);
      assertThat(read.graph().neighbours(r1, LaneRelation.Kind.LEFT)).containsExactly(l1);
      assertThat(read.graph().successors(r1)).isEmpty(); // removed by hand, and saved so
      // the ids came from the project's counter: the next primitive gets a fresh one
      long maxLaneId = read.graph().lanelets().stream().mapToLong(Lanelet::id).max().orElseThrow();
      assertThat(p.nextId()).isGreaterThan(maxLaneId);
    }
  }

  @Test
  void undoAndRedoOfALaneEditAreSavedToo() {
    Path file = dir.resolve("undo.mapsmith");
    try (Project p = Project.create(file, new NamedLocalFrame("L"))) {
      TestLanes.insert(p, TestLanes.road(new NamedLocalFrame("L"), 0, 2, 10));
      assertThat(p.undoDescription()).contains("lanes");
      p.undo();
      assertThat(p.lanes().isEmpty()).isTrue();
      p.redo();
    }
    try (Project p = Project.open(file)) {
      assertThat(p.lanes().graph().lanelets()).hasSize(4);
      assertThat(p.lanes().graph().relations()).isNotEmpty();
    }
  }

  @Test
  void aLaneEditTellsListenersTheLanesChanged() {
    try (Project p = Project.create(dir.resolve("ev.mapsmith"), new NamedLocalFrame("L"))) {
      List<MapChange> heard = new ArrayList<>();
      p.addListener(heard::add);
      TestLanes.insert(p, TestLanes.road(new NamedLocalFrame("L"), 0, 1, 10));
      p.undo();
      assertThat(heard).extracting(MapChange::lanes).containsExactly(true, true);
    }
  }

  @Test
  void aLaneletNamingALineThatIsNotThereIsRefusedOnOpen() throws Exception {
    Path file = dir.resolve("bad.mapsmith");
    try (Project p = Project.create(file, new NamedLocalFrame("L"))) {
      TestLanes.insert(p, TestLanes.road(new NamedLocalFrame("L"), 0, 1, 10));
    }
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
        var s = c.createStatement()) {
      s.executeUpdate("UPDATE lanelets SET left_line = 999999");
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Project.open(file))
        .isInstanceOf(ProjectException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("lane graph")
        .hasMessageContaining("999999");
  }
}
