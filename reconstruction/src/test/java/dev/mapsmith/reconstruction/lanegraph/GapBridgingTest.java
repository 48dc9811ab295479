package dev.mapsmith.reconstruction.lanegraph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.Lanelet;
import dev.mapsmith.core.lanelet.LaneletGeometry;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A two-way road along +x (road edges y -1.75 and 5.25, a dashed centre line y 1.75), driven along
 * y = 0 from x 0 to 120: the contract of {@link GapBridging} is that a line broken while the cuts
 * still meet the road's other lines (a side road's mouth) is followed through the break, so the
 * lanes run on in one piece; a break of every line (a junction) is not bridged.
 */
class GapBridgingTest {

  static final Provenance P = Provenance.truth("test");
  final List<Primitive> prims = new ArrayList<>();

  void line(MapClass c, double y, double x0, double x1) {
    Attributes a =
        c == MapClass.BOUNDARY
            ? Attributes.of("type", "road_border")
            : Attributes.of("type", "line_thin", "subtype", "dashed", "color", "white");
    prims.add(
        new Primitive(
            prims.size() + 1,
            c,
            Polyline.of(x0, y, 0, (x0 + x1) / 2, y, 0, x1, y, 0),
            a,
            ReviewState.AUTO,
            0.9,
            P));
  }

  LaneGraph build() {
    return LaneGraphBuilder.build(
        prims,
        Polyline.of(0, 0, 0, 120, 0, 0),
        new NamedLocalFrame("t"),
        P,
        LaneGraphConfig.defaults());
  }

  static boolean virtual(LaneGraph g, long line) {
    return g.line(line).get().attributes().get("type").orElse("").equals("virtual");
  }

  /** A junction lanelet: both bounds virtual (no paint either side). */
  static boolean junction(LaneGraph g, Lanelet l) {
    return virtual(g, l.left().lineId()) && virtual(g, l.right().lineId());
  }

  /** The lanelets from {@code first} on, each the only successor of the one before. */
  static List<Lanelet> chain(LaneGraph g, Lanelet first) {
    List<Lanelet> out = new ArrayList<>(List.of(first));
    while (g.successors(out.get(out.size() - 1).id()).size() == 1) {
      out.add(g.lanelet(g.successors(out.get(out.size() - 1).id()).get(0)).orElseThrow());
    }
    return out;
  }

  @Test
  void aRoadEdgeBrokenByASideRoadIsFollowedAndTheLanesRunOnInOnePiece() {
    line(MapClass.BOUNDARY, -1.75, -30, 50); // the right edge stops at the side road...
    line(MapClass.BOUNDARY, -1.75, 66, 150); // ...and starts again 16 m on
    line(MapClass.DIVIDER, 1.75, -30, 150);
    line(MapClass.BOUNDARY, 5.25, -30, 150);
    LaneGraph g = build();
    assertThat(g.lanelets()).noneMatch(l -> junction(g, l));
    for (boolean east : new boolean[] {true, false}) {
      List<Lanelet> way = LaneGraphBuilderTest.driven(g, east);
      Lanelet first =
          way.stream().filter(l -> g.predecessors(l.id()).isEmpty()).findFirst().orElseThrow();
      List<Lanelet> lane = chain(g, first);
      assertThat(lane).as(east ? "east" : "west").hasSameSizeAs(way);
      Polyline start = LaneletGeometry.centerline(g, lane.get(0));
      Polyline end = LaneletGeometry.centerline(g, lane.get(lane.size() - 1));
      double from = Math.min(start.x(0), end.x(end.size() - 1));
      double to = Math.max(start.x(0), end.x(end.size() - 1));
      assertThat(from).isLessThan(0);
      assertThat(to).isGreaterThan(120);
      for (Lanelet l : lane) {
        // the followed right edge keeps the lane's width through the mouth
        Polyline right = LaneletGeometry.right(g, l), left = LaneletGeometry.left(g, l);
        assertThat(Math.abs(right.y(right.size() / 2) - left.y(left.size() / 2)))
            .isBetween(3.4, 3.6);
      }
    }
  }

  @Test
  void aJunctionWhereEveryLineBreaksIsNotBridged() {
    for (double y : new double[] {-1.75, 1.75, 5.25}) {
      MapClass c = y == 1.75 ? MapClass.DIVIDER : MapClass.BOUNDARY;
      line(c, y, -30, 50);
      line(c, y, 66, 150);
    }
    LaneGraph g = build();
    // the lanes before and after, joined by connecting lanelets with virtual bounds, one each way
    assertThat(g.lanelets()).filteredOn(l -> junction(g, l)).hasSize(2);
    assertThat(LaneGraphBuilderTest.driven(g, true)).filteredOn(l -> junction(g, l)).hasSize(1);
  }
}
