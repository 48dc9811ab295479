package dev.mapsmith.reconstruction.lanegraph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.LaneRelation;
import dev.mapsmith.core.lanelet.Lanelet;
import dev.mapsmith.core.lanelet.LaneletGeometry;
import dev.mapsmith.core.lanelet.RegulatoryElement;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The builder on roads drawn by hand: lines along +x with a junction gap (no paint) from x 100 to
 * 120, a stop line before it and a crosswalk in it; the drive along y = 0.
 */
class LaneGraphBuilderTest {

  static final Provenance P = Provenance.truth("test");
  final List<Primitive> prims = new ArrayList<>();

  void line(MapClass c, double y, String subtype, String color) {
    for (double[] x : new double[][] {{0, 100}, {120, 220}}) {
      Attributes a =
          c == MapClass.BOUNDARY
              ? Attributes.of("type", "road_border")
              : Attributes.of("type", "line_thin", "subtype", subtype, "color", color);
      prims.add(
          new Primitive(
              prims.size() + 1,
              c,
              Polyline.of(x[0], y, 0, (x[0] + x[1]) / 2, y, 0, x[1], y, 0),
              a,
              ReviewState.AUTO,
              0.9,
              P));
    }
  }

  void add(MapClass c, Polyline g) {
    prims.add(new Primitive(prims.size() + 1, c, g, Attributes.EMPTY, ReviewState.AUTO, 0.8, P));
  }

  LaneGraph build(Polyline path) {
    return LaneGraphBuilder.build(
        prims, path, new NamedLocalFrame("t"), P, LaneGraphConfig.defaults());
  }

  static List<Lanelet> driven(LaneGraph g, boolean east) {
    return g.lanelets().stream()
        .filter(
            l -> {
              Polyline c = LaneletGeometry.centerline(g, l);
              return (c.x(c.size() - 1) > c.x(0)) == east;
            })
        .toList();
  }

  @Test
  void aTwoWayRoadGetsOneLaneEachWayJoinedThroughTheJunctionWithItsRules() {
    line(MapClass.BOUNDARY, -1.75, null, null);
    line(MapClass.DIVIDER, 1.75, "dashed", "white");
    line(MapClass.BOUNDARY, 5.25, null, null);
    add(MapClass.STOP_LINE, Polyline.of(98, -1.6, 0, 98, 1.6, 0));
    add(MapClass.PED_CROSSING, Polyline.of(104, -1.5, 0, 108, -1.5, 0, 108, 5, 0, 104, 5, 0));
    LaneGraph g = build(Polyline.of(0, 0, 0, 220, 0, 0));

    List<Lanelet> east = driven(g, true), west = driven(g, false);
    assertThat(east).hasSize(3); // before, through the junction, after
    assertThat(west).hasSize(3); // by the road's side, straight through beside the driven lane
    assertThat(east)
        .allSatisfy(
            l -> assertThat(l.attributes().get(Lanelet.DIRECTION_SOURCE)).contains("driven"));
    assertThat(west)
        .allSatisfy(
            l -> assertThat(l.attributes().get(Lanelet.DIRECTION_SOURCE)).contains("road_side"));
    for (Lanelet l : g.lanelets()) {
      assertThat(
              LaneletGeometry.leftLiesLeft(LaneletGeometry.left(g, l), LaneletGeometry.right(g, l)))
          .as("lanelet " + l.id())
          .isTrue();
    }
    // the chain before -> connector -> after, by shared end points
    Lanelet first = east.stream().min(java.util.Comparator.comparingDouble(l -> x0(g, l))).get();
    List<Long> chain = new ArrayList<>(List.of(first.id()));
    while (g.successors(chain.get(chain.size() - 1)).size() == 1) {
      chain.add(g.successors(chain.get(chain.size() - 1)).get(0));
    }
    assertThat(chain).hasSize(3);
    Lanelet connector = g.lanelet(chain.get(1)).orElseThrow();
    assertThat(g.line(connector.left().lineId()).get().attributes().get("type"))
        .contains("virtual");
    // the westbound lane shares the centre line with the eastbound one, run the other way
    Lanelet w = west.get(0);
    assertThat(w.left().inverted()).isTrue();
    assertThat(w.left().lineId()).isEqualTo(first.left().lineId());
    // rules: the stop line governs the lane that reaches it, the crosswalk the connector
    RegulatoryElement stop =
        g.regulations().stream()
            .filter(r -> r.kind() == RegulatoryElement.Kind.STOP_LINE)
            .findFirst()
            .orElseThrow();
    assertThat(stop.lanelets()).containsExactly(first.id());
    RegulatoryElement walk =
        g.regulations().stream()
            .filter(r -> r.kind() == RegulatoryElement.Kind.CROSSWALK)
            .findFirst()
            .orElseThrow();
    assertThat(walk.lanelets()).contains(connector.id());
  }

  static double x0(LaneGraph g, Lanelet l) {
    return LaneletGeometry.centerline(g, l).x(0);
  }

  @Test
  void aYellowDoubleLineSplitsTwoLanesEachWayAndSameWayLanesAreNeighbours() {
    line(MapClass.BOUNDARY, -1.75, null, null);
    line(MapClass.DIVIDER, 1.75, "dashed", "white");
    line(MapClass.DIVIDER, 5.25, "solid_solid", "yellow");
    line(MapClass.DIVIDER, 8.75, "dashed", "white");
    line(MapClass.BOUNDARY, 12.25, null, null);
    LaneGraph g = build(Polyline.of(0, 0, 0, 90, 0, 0));
    assertThat(driven(g, true)).hasSize(2);
    assertThat(driven(g, false)).hasSize(2);
    long lefts = g.relations().stream().filter(r -> r.kind() == LaneRelation.Kind.LEFT).count();
    assertThat(lefts).isEqualTo(2); // one pair each way, none across the yellow line
    assertThat(g.relations())
        .filteredOn(r -> r.kind() == LaneRelation.Kind.LEFT)
        .allMatch(LaneRelation::laneChange);
  }

  @Test
  void aStretchDrivenAgainIsKeptOnce() {
    line(MapClass.BOUNDARY, -1.75, null, null);
    line(MapClass.DIVIDER, 1.75, "dashed", "white");
    line(MapClass.BOUNDARY, 5.25, null, null);
    LaneGraph once = build(Polyline.of(0, 0, 0, 90, 0, 0));
    // out along y = 0 and back along the other lane, y = 3.5
    LaneGraph twice = build(Polyline.of(0, 0, 0, 90, 0, 0, 95, 1.75, 0, 90, 3.5, 0, 0, 3.5, 0));
    // the turn at the end is driven, so a connector joins the two lanes there
    assertThat(painted(twice, true)).hasSameSizeAs(painted(once, true)).hasSize(1);
    assertThat(painted(twice, false)).hasSameSizeAs(painted(once, false)).hasSize(1);
  }

  /** The lanelets one way between painted lines (not connectors). */
  static List<Lanelet> painted(LaneGraph g, boolean east) {
    return driven(g, east).stream()
        .filter(
            l ->
                !g.line(l.left().lineId())
                    .get()
                    .attributes()
                    .get("type")
                    .orElse("")
                    .equals("virtual"))
        .toList();
  }
}
