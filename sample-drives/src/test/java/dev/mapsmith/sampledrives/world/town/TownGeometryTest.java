package dev.mapsmith.sampledrives.world.town;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.sampledrives.osm.OsmData;
import dev.mapsmith.sampledrives.world.LaneletShape;
import dev.mapsmith.sampledrives.world.Scenario;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Geometry contracts of generated towns, checked on the truth map they write. */
class TownGeometryTest {

  @ParameterizedTest
  @EnumSource(TownKind.class)
  void laneWidthsAreInRange(TownKind kind) {
    for (long seed = 1; seed <= 3; seed++) {
      OsmData map = TownWorld.scenario(kind, seed).truth();
      int parallel = 0;
      for (OsmData.Relation r : map.lanelets()) {
        if (r.tag("subtype").equals("crosswalk")) {
          continue;
        }
        LaneletShape shape = LaneletShape.of(map, r);
        double min = Double.MAX_VALUE, max = 0;
        for (int k = 1; k < 6; k++) {
          double[] p = shape.left().get((shape.left().size() - 1) * k / 6);
          double w = distance(shape.right(), p);
          min = Math.min(min, w);
          max = Math.max(max, w);
        }
        if (max - min < 0.05) {
          parallel++;
          assertThat(min).as(kind + " seed " + seed + " lanelet " + r.id()).isBetween(2.69, 3.91);
        }
      }
      assertThat(parallel).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void curveRadiiAreInRangeAndTheRoadFollowsThem() {
    int curves = 0;
    for (long seed = 1; seed <= 6; seed++) {
      Town t = TownWorld.build(TownKind.CURVE, seed);
      for (TownPlan.Leg leg : t.plan().legs()) {
        for (TownPlan.Piece p : ((TownPlan.Stretch) leg).pieces()) {
          if (p instanceof TownPlan.Curve c) {
            curves++;
            assertThat(c.radius()).isBetween(15.0, 1000.0);
          }
        }
      }
      // The route's lane (the first on the right) bends as tightly as the tightest curve says.
      Scenario s = t.scenario();
      TownPlan.Stretch st = (TownPlan.Stretch) t.plan().legs().get(0);
      double offset = st.spec().right() - st.spec().laneWidth() / 2;
      double expected = Double.MAX_VALUE;
      for (TownPlan.Piece p : st.pieces()) {
        if (p instanceof TownPlan.Curve c) {
          expected = Math.min(expected, c.radius() + (c.degrees() > 0 ? offset : -offset));
        }
      }
      List<double[]> line =
          new dev.mapsmith.sampledrives.world.RouteGraph(s.truth()).centreline(s.route());
      double tightest = Double.MAX_VALUE;
      for (int i = 10; i + 10 < line.size(); i++) {
        tightest =
            Math.min(tightest, circumradius(line.get(i - 10), line.get(i), line.get(i + 10)));
      }
      assertThat(tightest)
          .as("seed " + seed)
          .isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(5));
    }
    assertThat(curves).isEqualTo(18);
  }

  @ParameterizedTest
  @EnumSource(
      value = TownKind.class,
      names = {"MIXED", "INTERSECTION"})
  void stopLinesSpanAllApproachLanesAndCrosswalksCrossAtTheApproachAngle(TownKind kind) {
    for (long seed = 1; seed <= 3; seed++) {
      OsmData map = TownWorld.scenario(kind, seed).truth();
      int stops = 0;
      for (OsmData.Way w : map.ways().values()) {
        if (!w.tag("type").equals("stop_line")) {
          continue;
        }
        stops++;
        List<double[]> line = points(map, w.id());
        double length = distance(line.get(0), line.get(line.size() - 1));
        double lanes = 0;
        for (OsmData.Relation ll : approaching(map, w.id())) {
          LaneletShape shape = LaneletShape.of(map, ll);
          double[] l = shape.left().get(shape.left().size() - 1);
          double[] r = shape.right().get(shape.right().size() - 1);
          lanes += distance(l, r);
          assertThat(distance(line, l)).isLessThan(0.05);
          assertThat(distance(line, r)).isLessThan(0.05);
        }
        assertThat(length)
            .as("stop line " + w.id())
            .isCloseTo(lanes, org.assertj.core.data.Offset.offset(0.05));
      }
      assertThat(stops).isGreaterThanOrEqualTo(3);
      int crosswalks = 0;
      for (OsmData.Relation cw : map.lanelets()) {
        if (!cw.tag("subtype").equals("crosswalk")) {
          continue;
        }
        crosswalks++;
        LaneletShape c = LaneletShape.of(map, cw);
        double[] a = c.left().get(0), b = c.left().get(c.left().size() - 1);
        double ex = (b[0] - a[0]) / distance(a, b), ey = (b[1] - a[1]) / distance(a, b);
        int crossed = 0;
        for (OsmData.Relation r : map.lanelets()) {
          if (r.tag("subtype").equals("crosswalk")) {
            continue;
          }
          LaneletShape road = LaneletShape.of(map, r);
          int k = nearest(road.centre(), c.centre());
          if (distance(c.centre(), road.centre().get(k)) < 0.3
              && k > 0
              && k + 1 < road.centre().size()) {
            double[] p = road.centre().get(k - 1), q = road.centre().get(k + 1);
            double dot = ((q[0] - p[0]) * ex + (q[1] - p[1]) * ey) / distance(p, q);
            assertThat(Math.abs(dot))
                .as("crosswalk " + cw.id())
                .isLessThan(Math.sin(Math.toRadians(2)));
            crossed++;
          }
        }
        assertThat(crossed).as("lanes under crosswalk " + cw.id()).isPositive();
      }
      assertThat(crosswalks).isGreaterThanOrEqualTo(6);
    }
  }

  @Test
  void roundaboutLinesAreCircles() {
    for (long seed = 1; seed <= 3; seed++) {
      Town t = TownWorld.build(TownKind.ROUNDABOUT, seed);
      OsmData map = t.scenario().truth();
      for (TownSketch.RingGeometry ring : t.rings()) {
        double inner = ring.outerRadius() - ring.lanes() * ring.laneWidth();
        int circular = 0;
        for (OsmData.Way w : map.ways().values()) {
          List<double[]> pts = points(map, w.id());
          double lo = Double.MAX_VALUE, hi = 0;
          for (double[] p : pts) {
            double r = distance(p, ring.centre());
            lo = Math.min(lo, r);
            hi = Math.max(hi, r);
          }
          if (lo > inner - 0.05 && hi < ring.outerRadius() + 0.05) {
            circular++;
            assertThat(hi - lo).as("ring line " + w.id()).isLessThan(0.02);
            double lane = (ring.outerRadius() - lo) / ring.laneWidth();
            assertThat(Math.abs(lane - Math.round(lane)) * ring.laneWidth()).isLessThan(0.02);
          }
        }
        assertThat(circular).isGreaterThanOrEqualTo(2 * (ring.lanes() + 1));
      }
    }
  }

  /** The lanelets whose stop sign names this stop line. */
  static List<OsmData.Relation> approaching(OsmData map, long stopLine) {
    List<OsmData.Relation> out = new ArrayList<>();
    for (OsmData.Relation reg : map.relations().values()) {
      if (reg.members().stream()
          .anyMatch(m -> m.role().equals("ref_line") && m.ref() == stopLine)) {
        for (OsmData.Relation ll : map.lanelets()) {
          if (ll.members().stream()
              .anyMatch(m -> m.ref() == reg.id() && m.type().equals("relation"))) {
            out.add(ll);
          }
        }
      }
    }
    assertThat(out).as("lanelets stopping at " + stopLine).isNotEmpty();
    return out;
  }

  static List<double[]> points(OsmData map, long way) {
    List<double[]> pts = new ArrayList<>();
    for (long n : map.ways().get(way).nodes()) {
      pts.add(new double[] {map.nodes().get(n).x(), map.nodes().get(n).y()});
    }
    return pts;
  }

  /** The index of the point of {@code line} nearest to the polyline {@code other}. */
  static int nearest(List<double[]> line, List<double[]> other) {
    int best = 0;
    for (int i = 1; i < line.size(); i++) {
      if (distance(other, line.get(i)) < distance(other, line.get(best))) {
        best = i;
      }
    }
    return best;
  }

  static double distance(double[] a, double[] b) {
    return Math.hypot(a[0] - b[0], a[1] - b[1]);
  }

  static double distance(List<double[]> line, double[] p) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i + 1 < line.size(); i++) {
      double[] a = line.get(i), b = line.get(i + 1);
      double dx = b[0] - a[0], dy = b[1] - a[1], l2 = dx * dx + dy * dy;
      double t =
          l2 == 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / l2));
      best = Math.min(best, Math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1]));
    }
    return best;
  }

  static double circumradius(double[] a, double[] b, double[] c) {
    double ab = distance(a, b), bc = distance(b, c), ca = distance(c, a);
    double area2 = Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
    return area2 < 1e-9 ? Double.MAX_VALUE : ab * bc * ca / (2 * area2);
  }
}
