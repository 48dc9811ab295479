package dev.mapsmith.core.lanelet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.Provenance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A two-lane road in two pieces along +x (lanes y 0..3.5 and 3.5..7, dashed between them), and a
 * lanelet crossing it: the relations read from the shapes, the geometry functions, and the checks
 * the graph makes on its references.
 */
class LaneGraphTest {

  static final Provenance P = Provenance.truth("test");

  static LineString line(long id, double x0, double y0, double x1, double y1, String subtype) {
    return new LineString(
        id,
        Polyline.of(x0, y0, 0, (x0 + x1) / 2, (y0 + y1) / 2, 0, x1, y1, 0),
        Attributes.of("type", "line_thin", "subtype", subtype));
  }

  static Lanelet lanelet(long id, BoundRef left, BoundRef right) {
    return new Lanelet(id, left, right, Attributes.of("subtype", "road"), 1, P);
  }

  /** Lines 1-3 for x 0..10, 4-6 for x 10..20 (y 0, 3.5, 7); lanelets 10/11 then 12/13. */
  static LaneGraph road(List<Lanelet> extra, List<LineString> extraLines) {
    List<LineString> lines =
        new java.util.ArrayList<>(
            List.of(
                line(1, 0, 0, 10, 0, "solid"),
                line(2, 0, 3.5, 10, 3.5, "dashed"),
                line(3, 0, 7, 10, 7, "solid"),
                line(4, 10, 0, 20, 0, "solid"),
                line(5, 10, 3.5, 20, 3.5, "solid"),
                line(6, 10, 7, 20, 7, "solid")));
    lines.addAll(extraLines);
    List<Lanelet> lanelets =
        new java.util.ArrayList<>(
            List.of(
                lanelet(10, BoundRef.of(2), BoundRef.of(1)),
                lanelet(11, BoundRef.of(3), BoundRef.of(2)),
                lanelet(12, BoundRef.of(5), BoundRef.of(4)),
                lanelet(13, BoundRef.of(6), BoundRef.of(5))));
    lanelets.addAll(extra);
    return new LaneGraph(new NamedLocalFrame("test"), lines, lanelets, List.of(), List.of());
  }

  @Test
  void successorsAndNeighboursComeFromSharedEndsAndBounds() {
    LaneGraph g = LaneRelations.derived(road(List.of(), List.of()), RelationTolerances.defaults());
    assertThat(g.successors(10)).containsExactly(12L);
    assertThat(g.successors(11)).containsExactly(13L);
    assertThat(g.predecessors(13)).containsExactly(11L);
    assertThat(g.successors(12)).isEmpty();
    assertThat(g.neighbours(10, LaneRelation.Kind.LEFT)).containsExactly(11L);
    assertThat(g.neighbours(11, LaneRelation.Kind.RIGHT)).containsExactly(10L);
    assertThat(g.neighbours(10, LaneRelation.Kind.RIGHT)).isEmpty();
    // a dashed shared line allows a lane change, a solid one does not
    assertThat(g.relations())
        .contains(new LaneRelation(10, 11, LaneRelation.Kind.LEFT, true))
        .contains(new LaneRelation(12, 13, LaneRelation.Kind.LEFT, false));
    assertThat(g.relations()).noneMatch(r -> r.kind() == LaneRelation.Kind.CONFLICTING);
  }

  @Test
  void aLaneCrossingTheRoadConflictsWithBothLanes() {
    LineString l = line(7, 4, -2, 4, 9, "solid"), r = line(8, 7.5, -2, 7.5, 9, "solid");
    Lanelet crossing = lanelet(20, BoundRef.of(7), BoundRef.of(8)); // northbound
    LaneGraph g =
        LaneRelations.derived(
            road(List.of(crossing), List.of(l, r)), RelationTolerances.defaults());
    assertThat(g.conflicting(20)).containsExactlyInAnyOrder(10L, 11L);
    assertThat(g.conflicting(10)).containsExactly(20L);
  }

  @Test
  void geometryOrientsBoundsAndFindsTheCentreAndSides() {
    LaneGraph g = road(List.of(), List.of());
    Lanelet east = g.lanelet(10).orElseThrow();
    Polyline c = LaneletGeometry.centerline(g, east);
    assertThat(c.y(0)).isEqualTo(1.75);
    assertThat(c.x(0)).isEqualTo(0);
    assertThat(c.x(c.size() - 1)).isEqualTo(10);
    assertThat(
            LaneletGeometry.leftLiesLeft(
                LaneletGeometry.left(g, east), LaneletGeometry.right(g, east)))
        .isTrue();
    Lanelet west = east.reversed();
    Polyline wc = LaneletGeometry.centerline(g, west);
    assertThat(wc.x(0)).isEqualTo(10);
    assertThat(
            LaneletGeometry.leftLiesLeft(
                LaneletGeometry.left(g, west), LaneletGeometry.right(g, west)))
        .isTrue();
    // the bounds swapped without reversing: left lies right
    Lanelet wrong = lanelet(10, BoundRef.of(1), BoundRef.of(2));
    assertThat(
            LaneletGeometry.leftLiesLeft(
                LaneletGeometry.left(g, wrong), LaneletGeometry.right(g, wrong)))
        .isFalse();
    assertThat(LaneletGeometry.runSameWay(g.line(1).get().geometry(), g.line(2).get().geometry()))
        .isTrue();
    assertThat(
            LaneletGeometry.runSameWay(
                g.line(1).get().geometry(), g.line(2).get().geometry().reversed()))
        .isFalse();
  }

  @Test
  void aReferenceToSomethingMissingIsRefusedNamingIt() {
    Lanelet dangling = lanelet(30, BoundRef.of(2), BoundRef.of(99));
    assertThatThrownBy(() -> road(List.of(dangling), List.of()))
        .hasMessageContaining("lanelet 30 right bound")
        .hasMessageContaining("99");
    assertThatThrownBy(() -> road(List.of(lanelet(10, BoundRef.of(2), BoundRef.of(1))), List.of()))
        .hasMessageContaining("duplicate lanelet id 10");
    LaneGraph g = road(List.of(), List.of());
    assertThatThrownBy(() -> g.withRelations(List.of(LaneRelation.successor(10, 77))))
        .hasMessageContaining("77");
    assertThatThrownBy(
            () ->
                new LaneGraph(
                    g.frame(),
                    g.lines(),
                    g.lanelets(),
                    List.of(),
                    List.of(
                        new RegulatoryElement(
                            40, RegulatoryElement.Kind.STOP_LINE, 1, List.of(10L, 55L)))))
        .hasMessageContaining("regulatory element 40")
        .hasMessageContaining("55");
    assertThatThrownBy(() -> lanelet(0, BoundRef.of(1), BoundRef.of(2)))
        .hasMessageContaining("positive");
  }
}
