package dev.mapsmith.labeling.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.MapChange;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.labeling.TestMaps;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditCommandsTest {

  @TempDir Path dir;
  Path file;
  Project project;
  long a;
  long b;

  @BeforeEach
  void setUp() {
    file = dir.resolve("p.mapsmith");
    project = Project.create(file, new NamedLocalFrame("T"));
    List<Long> ids =
        project
            .insertAll(
                List.of(TestMaps.divider(0, 0, 10, 3), TestMaps.divider(10, 0, 10, 3)), "recon")
            .created();
    a = ids.get(0);
    b = ids.get(1);
  }

  @org.junit.jupiter.api.AfterEach
  void tearDown() {
    project.close();
  }

  /** Executes, checks, undoes back to the start, redoes, and checks the file matches memory. */
  private void roundTrip(EditCommand cmd, java.util.function.Consumer<LaneMap> check) {
    LaneMap start = project.snapshot();
    project.execute(cmd);
    LaneMap after = project.snapshot();
    check.accept(after);
    project.undo();
    assertThat(project.snapshot().primitives())
        .containsExactlyInAnyOrderElementsOf(start.primitives());
    project.redo();
    assertThat(project.snapshot().primitives())
        .containsExactlyInAnyOrderElementsOf(after.primitives());
    project.close();
    project = Project.open(file);
    assertThat(project.snapshot().primitives())
        .containsExactlyInAnyOrderElementsOf(after.primitives());
  }

  @Test
  void moveVertexMarksAutoOutputCorrectedWithWhoAndWhen() {
    roundTrip(
        new MoveVertex(a, 1, new Point3(5, 1, 0)),
        m -> {
          Primitive p = m.get(a).orElseThrow();
          assertThat(p.geometry().point(1)).isEqualTo(new Point3(5, 1, 0));
          assertThat(p.review()).isEqualTo(ReviewState.CORRECTED);
        });
    assertThat(project.reviewStamp(a).orElseThrow().user())
        .isEqualTo(System.getProperty("user.name"));
  }

  @Test
  void insertAndDeleteVertex() {
    roundTrip(
        new InsertVertex(a, 1, new Point3(2, 2, 0)),
        m -> assertThat(m.get(a).orElseThrow().geometry().size()).isEqualTo(4));
    roundTrip(
        new DeleteVertex(a, 0),
        m -> assertThat(m.get(a).orElseThrow().geometry().point(0)).isEqualTo(new Point3(2, 2, 0)));
    project.execute(new DeleteVertex(a, 0));
    assertThatThrownBy(() -> project.execute(new DeleteVertex(a, 0)))
        .hasMessageContaining("too few vertices");
    assertThatThrownBy(() -> project.execute(new MoveVertex(a, 9, new Point3(0, 0, 0))))
        .hasMessageContaining("out of range");
  }

  @Test
  void drawPolylineAndPolygonGetFreshVerifiedIds() {
    long next = project.nextId();
    roundTrip(
        new DrawPrimitive(
            MapClass.PED_CROSSING,
            Polyline.of(0, 0, 0, 4, 0, 0, 4, 3, 0, 0, 3, 0),
            Attributes.of("type", "zebra_marking")),
        m -> {
          Primitive p = m.get(next).orElseThrow();
          assertThat(p.closed()).isTrue();
          assertThat(p.review()).isEqualTo(ReviewState.VERIFIED);
          assertThat(p.provenance().method()).isEqualTo("manual");
        });
    assertThat(project.nextId()).isEqualTo(next + 1);
    assertThatThrownBy(
            () ->
                project.execute(
                    new DrawPrimitive(
                        MapClass.PED_CROSSING, Polyline.of(0, 0, 0, 1, 0, 0), Attributes.EMPTY)))
        .hasMessageContaining("at least 3");
  }

  @Test
  void deletedIdsAreNeverReused() {
    project.execute(new DeletePrimitive(b));
    long id =
        project
            .execute(
                new DrawPrimitive(
                    MapClass.DIVIDER, Polyline.of(0, 0, 0, 1, 0, 0), Attributes.EMPTY))
            .created()
            .get(0);
    assertThat(id).isGreaterThan(b);
    project.undo();
    project.undo();
    assertThat(project.map().get(b)).isPresent();
  }

  @Test
  void splitAndJoin() {
    roundTrip(
        new SplitPrimitive(a, 1),
        m -> {
          assertThat(m.primitives()).hasSize(3);
          assertThat(m.get(a).orElseThrow().geometry().size()).isEqualTo(2);
        });
    roundTrip(
        new JoinPrimitives(a, b),
        m -> {
          assertThat(m.get(b)).isEmpty();
          Polyline g = m.get(a).orElseThrow().geometry();
          assertThat(g.point(g.size() - 1)).isEqualTo(new Point3(20, 0, 0.25));
        });
  }

  @Test
  void joinReversesTheOtherLineWhereItsEndIsNearest() {
    project.execute(new ReversePrimitive(b));
    project.execute(new JoinPrimitives(a, b));
    Polyline g = project.map().get(a).orElseThrow().geometry();
    assertThat(g.size()).isEqualTo(5); // the shared vertex at x=10 is kept once
    assertThat(g.point(4).x()).isEqualTo(20);
  }

  @Test
  void reverseAttributesClassAndReview() {
    roundTrip(
        new ReversePrimitive(a),
        m -> assertThat(m.get(a).orElseThrow().geometry().point(0).x()).isEqualTo(10));
    roundTrip(
        new SetAttributes(a, Attributes.of("subtype", "dashed")),
        m -> assertThat(m.get(a).orElseThrow().attributes().get("subtype")).hasValue("dashed"));
    roundTrip(
        new SetClass(a, MapClass.BOUNDARY),
        m -> assertThat(m.get(a).orElseThrow().mapClass()).isEqualTo(MapClass.BOUNDARY));
    roundTrip(
        new SetReviewState(b, ReviewState.REJECTED),
        m -> assertThat(m.get(b).orElseThrow().review()).isEqualTo(ReviewState.REJECTED));
  }

  @Test
  void bulkAcceptOverAnAreaIsOneUndoStepAndSkipsDecidedOnes() {
    project.execute(new SetReviewState(b, ReviewState.REJECTED));
    project.execute(BulkReview.accept(new Bounds2(-1, -1, 30, 1)));
    assertThat(project.map().get(a).orElseThrow().review()).isEqualTo(ReviewState.VERIFIED);
    assertThat(project.map().get(b).orElseThrow().review()).isEqualTo(ReviewState.REJECTED);
    assertThat(project.reviewProgress(new Bounds2(-1, -1, 30, 1)).fractionDone()).isEqualTo(1.0);
    project.undo();
    assertThat(project.map().get(a).orElseThrow().review()).isEqualTo(ReviewState.AUTO);
    assertThat(project.reviewProgress(new Bounds2(-1, -1, 5, 1)).auto()).isEqualTo(1);
  }

  @Test
  void deletingAPrimitiveIsUndoneAndAMissingOneIsRefused() {
    roundTrip(new DeletePrimitive(a), m -> assertThat(m.get(a)).isEmpty());
    assertThatThrownBy(() -> project.execute(new DeletePrimitive(999)))
        .hasMessageContaining("no primitive 999");
  }

  @Test
  void deletingSeveralIsOneUndoStepAndAMissingOneRefusesAll() {
    DeletePrimitives both = new DeletePrimitives(List.of(a, b));
    assertThat(both.description()).isEqualTo("delete 2 primitives");
    roundTrip(both, m -> assertThat(m.primitives()).isEmpty());
    long c = project.insertAll(List.of(TestMaps.divider(0, 5, 10, 3)), "recon").created().get(0);
    assertThatThrownBy(() -> project.execute(new DeletePrimitives(List.of(c, 999L))))
        .hasMessageContaining("no primitive 999");
    assertThat(project.snapshot().get(c)).as("nothing deleted").isPresent();
    assertThatThrownBy(() -> new DeletePrimitives(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unlimitedUndoAndListenersHearOneEventPerEdit() {
    List<MapChange> events = new ArrayList<>();
    project.addListener(events::add);
    for (int i = 0; i < 300; i++) {
      project.execute(new MoveVertex(a, 1, new Point3(i, 0, 0)));
    }
    for (int i = 0; i < 300; i++) {
      project.undo();
    }
    assertThat(project.map().get(a).orElseThrow().geometry().point(1).x()).isEqualTo(5);
    assertThat(events).hasSize(600);
    assertThat(events.get(0).modified()).containsExactly(a);
    assertThat(events.get(599).kind()).isEqualTo(MapChange.Kind.UNDO);
    List<Primitive> many = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      many.add(TestMaps.divider(i, 5, 1, 2));
    }
    events.clear();
    List<Long> ids = project.insertAll(many, "bulk").created();
    assertThat(ids).hasSize(1000).doesNotHaveDuplicates().allMatch(id -> id > b);
    assertThat(events).singleElement().satisfies(e -> assertThat(e.added()).hasSize(1000));
    assertThat(project.editLog().get(project.editLog().size() - 1).ids()).contains("(1000)");
  }

  @Test
  void redoIsClearedByANewEdit() {
    project.execute(new ReversePrimitive(a));
    project.undo();
    assertThat(project.canRedo()).isTrue();
    project.execute(new ReversePrimitive(b));
    assertThat(project.canRedo()).isFalse();
    assertThatThrownBy(() -> project.redo()).isInstanceOf(IllegalStateException.class);
  }
}
