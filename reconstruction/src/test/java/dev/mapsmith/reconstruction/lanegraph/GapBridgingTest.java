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

  static boolean virtual(LaneGraph g, Lanelet l) {
    return g.line(l.left().lineId()).get().attributes().get("type").orElse("").equals("virtual")
        || g.line(l.right().lineId()).get().attributes().get("type").orElse("").equals("virtual");
  }

  @Test
  void aRoadEdgeBrokenByASideRoadIsFollowedAndTheLanesRunOnInOnePiece() {
    line(MapClass.BOUNDARY, -1.75, -30, 50); // the right edge stops at the side road...
    line(MapClass.BOUNDARY, -1.75, 66, 150); // ...and starts again 16 m on
    line(MapClass.DIVIDER, 1.75, -30, 150);
    line(MapClass.BOUNDARY, 5.25, -30, 150);
    LaneGraph g = build();
    assertThat(g.lanelets()).hasSize(2); // one each way, from end to end
    assertThat(g.lanelets()).noneMatch(l -> virtual(g, l));
    for (Lanelet l : g.lanelets()) {
      Polyline c = LaneletGeometry.centerline(g, l);
      double from = Math.min(c.x(0), c.x(c.size() - 1));
      double to = Math.max(c.x(0), c.x(c.size() - 1));
      assertThat(from).as("lanelet " + l.id()).isLessThan(0);
      assertThat(to).as("lanelet " + l.id()).isGreaterThan(120);
      // the bridged right edge keeps the lane's width through the mouth
      Polyline right = LaneletGeometry.right(g, l), left = LaneletGeometry.left(g, l);
      for (int i = 0; i < right.size(); i++) {
        if (right.x(i) > 50 && right.x(i) < 66) {
          assertThat(Math.abs(right.y(i) - left.y(0))).isBetween(3.4, 3.6);
        }
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
    // the driven lane before and after, joined by a connecting lanelet with virtual bounds
    assertThat(g.lanelets()).filteredOn(l -> virtual(g, l)).hasSize(1);
  }
}
