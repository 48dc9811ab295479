package dev.mapsmith.reconstruction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.ProgressMonitor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Layouts the rules must hold on whatever their size or angle, on synthetic lidar drives (the road
 * of {@link SyntheticRoad}, driven along +x, with other paint): a stop line is a wide mark across
 * the driving direction however many lanes it spans, and a crosswalk keeps the angle of its
 * stripes.
 */
class MarkingGeometryTest {

  private static final double STOP_X = 70;

  /** Three lanes one way (lines at y = ±1.75, edges at ±5.25) ending at one stop line. */
  private static boolean threeLaneStop(double x, double y) {
    boolean beforeStop = x < STOP_X - 0.5;
    if (Math.abs(Math.abs(y) - 1.75) < 0.075 && Math.floorMod((long) Math.floor(x), 9) < 3) {
      return beforeStop || x > STOP_X + 12; // dashed, interrupted by the junction
    }
    if (Math.abs(Math.abs(y) - 5.25) < 0.075) {
      return true; // solid edge lines
    }
    return Math.abs(x - STOP_X) < 0.25 && Math.abs(y) < 5.25; // 10.5 m across the lanes
  }

  @Test
  void aStopLineAcrossThreeLanesIsOneStopLineAcrossTheDrivingDirection() throws Exception {
    SyntheticRoad road =
        new SyntheticRoad("stop3", MarkingGeometryTest::threeLaneStop, 40_000, 2, 0, 11);
    ReconstructionResult r =
        Reconstruction.run(
            List.of(road), null, ReconstructionConfig.defaults(), ProgressMonitor.NONE);
    List<Primitive> stops = r.toMap().ofClass(MapClass.STOP_LINE);
    assertThat(stops).as("stop lines of %s", r.countsByClass()).isNotEmpty();
    Polyline longest = stops.stream().map(Primitive::geometry).max(this::byLength).orElseThrow();
    double dx = longest.x(longest.size() - 1) - longest.x(0);
    double dy = longest.y(longest.size() - 1) - longest.y(0);
    assertThat(Math.hypot(dx, dy)).as("length").isGreaterThan(9.5);
    assertThat(Math.toDegrees(Math.atan2(Math.abs(dx), Math.abs(dy))))
        .as("angle from the across-road direction, degrees")
        .isLessThan(3);
    assertThat((longest.x(0) + longest.x(longest.size() - 1)) / 2).isCloseTo(STOP_X, within(0.3));
    // and no lane line is drawn along it
    for (Primitive p : r.toMap().ofClass(MapClass.DIVIDER)) {
      Polyline g = p.geometry();
      for (int i = 0; i < g.size(); i++) {
        boolean onStopLine = Math.abs(g.x(i) - STOP_X) < 0.5 && Math.abs(g.y(i)) < 4.5;
        assertThat(onStopLine).as("divider %d vertex %d on the stop line", p.id(), i).isFalse();
      }
    }
  }

  private int byLength(Polyline a, Polyline b) {
    return Double.compare(length(a), length(b));
  }

  private static double length(Polyline g) {
    double sum = 0;
    for (int i = 1; i < g.size(); i++) {
      sum += Math.hypot(g.x(i) - g.x(i - 1), g.y(i) - g.y(i - 1));
    }
    return sum;
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }

  /** A zebra crossing whose stripes (0.5 m wide, 4 m long, 1.2 m apart) stand at {@code deg}. */
  private static SyntheticRoad.Paint skewedZebra(double deg) {
    double c = Math.cos(Math.toRadians(deg)), s = Math.sin(Math.toRadians(deg));
    return (x, y) -> {
      if (Math.abs(Math.abs(y) - 5.25) < 0.075) {
        return true; // solid edge lines
      }
      if (Math.abs(Math.abs(y) - 1.75) < 0.075 && Math.floorMod((long) Math.floor(x), 9) < 3) {
        return x < 64 || x > 84;
      }
      double u = (x - 74) * c + y * s, v = -(x - 74) * s + y * c; // along, across the stripes
      return Math.abs(u) < 2 && Math.abs(v) < 6.5 && (v + 6.5) % 1.2 < 0.5;
    };
  }

  /** The angle of the outline's first side, folded into [0, 90) degrees. */
  private static double sideAngle(Polyline ring) {
    double a = Math.toDegrees(Math.atan2(ring.y(1) - ring.y(0), ring.x(1) - ring.x(0)));
    return ((a % 90) + 90) % 90;
  }

  @Test
  void aCrosswalkSkewed30DegreesKeepsItsStripesAngle() throws Exception {
    SyntheticRoad road = new SyntheticRoad("zebra30", skewedZebra(30), 40_000, 2, 0, 12);
    ReconstructionResult r =
        Reconstruction.run(
            List.of(road), null, ReconstructionConfig.defaults(), ProgressMonitor.NONE);
    List<Primitive> zebras = r.toMap().ofClass(MapClass.PED_CROSSING);
    assertThat(zebras).as("crossings of %s", r.countsByClass()).hasSize(1);
    assertThat(sideAngle(zebras.get(0).geometry())).isCloseTo(30, within(2));
  }
}
