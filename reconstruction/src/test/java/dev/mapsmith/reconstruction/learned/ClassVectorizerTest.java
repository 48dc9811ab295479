package dev.mapsmith.reconstruction.learned;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.LinePattern;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.raster.BevGrid;
import dev.mapsmith.core.training.LaneClass;
import dev.mapsmith.reconstruction.ReconstructionConfig;
import dev.mapsmith.reconstruction.vector.Headings;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassVectorizerTest {

  private static final BevGrid GRID = new BevGrid(100, 200, 0.1, 600, 300);

  /** Paints class {@code c} on the cells whose centre lies in the box (world metres). */
  private static void paint(
      int[] classes, LaneClass c, double x0, double y0, double x1, double y1) {
    for (int row = 0; row < GRID.height(); row++) {
      for (int col = 0; col < GRID.width(); col++) {
        double x = GRID.centerX(col), y = GRID.centerY(row);
        if (x >= x0 && x <= x1 && y >= y0 && y <= y1) {
          classes[row * GRID.width() + col] = c.ordinal();
        }
      }
    }
  }

  private static List<ClassVectorizer.Feature> of(MapClass c, List<ClassVectorizer.Feature> all) {
    return all.stream().filter(f -> f.mapClass() == c).toList();
  }

  @Test
  void linesRegionsAndBarsBecomePrimitivesWhereTheyWerePainted() {
    int[] classes = new int[GRID.cells()];
    paint(classes, LaneClass.SOLID_DIVIDER, 102, 204.9, 138, 205.1);
    paint(classes, LaneClass.DASHED_DIVIDER, 102, 209.9, 138, 210.1);
    paint(classes, LaneClass.BOUNDARY, 102, 214.9, 138, 215.1);
    paint(classes, LaneClass.CROSSWALK, 145, 202, 149, 212);
    paint(classes, LaneClass.STOP_LINE, 142, 215, 142.4, 220);
    float[] minZ = new float[GRID.cells()];
    Arrays.fill(minZ, 1.5f);

    Headings east = new Headings();
    for (double x = 100; x <= 160; x += 5) {
      east.add(x, 207.5, 0); // driving east between the lines
    }
    List<ClassVectorizer.Feature> all =
        ClassVectorizer.vectorize(
            GRID,
            classes,
            minZ,
            null,
            null,
            east,
            ReconstructionConfig.defaults(),
            LearnedVectorConfig.defaults());

    List<ClassVectorizer.Feature> dividers = of(MapClass.DIVIDER, all);
    assertThat(dividers).hasSize(2);
    for (ClassVectorizer.Feature f : dividers) {
      Polyline g = f.geometry();
      double y = g.y(0);
      assertThat(g.bounds().minX()).isBetween(101.5, 103.0);
      assertThat(g.bounds().maxX()).isBetween(137.0, 138.5);
      assertThat(g.bounds().maxY() - g.bounds().minY()).isLessThan(0.2);
      assertThat(g.z(0)).isEqualTo(1.5);
      LinePattern expected = Math.abs(y - 205) < 0.2 ? LinePattern.SOLID : LinePattern.DASHED;
      assertThat(Math.abs(y - 205) < 0.2 || Math.abs(y - 210) < 0.2).isTrue();
      assertThat(f.attributes().pattern()).contains(expected);
    }
    List<ClassVectorizer.Feature> bounds = of(MapClass.BOUNDARY, all);
    assertThat(bounds).hasSize(1);
    assertThat(bounds.get(0).geometry().y(0))
        .isCloseTo(215, org.assertj.core.data.Offset.offset(0.2));

    List<ClassVectorizer.Feature> cross = of(MapClass.PED_CROSSING, all);
    assertThat(cross).hasSize(1);
    Polyline ring = cross.get(0).geometry();
    assertThat(ring.size()).isEqualTo(4);
    assertThat(ring.bounds().minX()).isCloseTo(145, org.assertj.core.data.Offset.offset(0.3));
    assertThat(ring.bounds().maxY()).isCloseTo(212, org.assertj.core.data.Offset.offset(0.3));

    List<ClassVectorizer.Feature> stops = of(MapClass.STOP_LINE, all);
    assertThat(stops).hasSize(1);
    Polyline s = stops.get(0).geometry();
    assertThat(Math.hypot(s.x(1) - s.x(0), s.y(1) - s.y(0))).isBetween(4.5, 5.2);
    assertThat(all).allMatch(f -> f.score() > 0 && f.score() <= 1);
  }

  @Test
  void aLaneBetweenTwoLinesGetsItsCenterline() {
    int[] classes = new int[GRID.cells()];
    paint(classes, LaneClass.SOLID_DIVIDER, 102, 204.9, 138, 205.1);
    paint(classes, LaneClass.SOLID_DIVIDER, 102, 208.4, 138, 208.6);
    Headings east = new Headings();
    for (double x = 100; x <= 160; x += 5) {
      east.add(x, 206.75, 0);
    }
    List<ClassVectorizer.Feature> all =
        ClassVectorizer.vectorize(
            GRID,
            classes,
            new float[GRID.cells()],
            null,
            null,
            east,
            ReconstructionConfig.defaults(),
            LearnedVectorConfig.defaults());

    List<ClassVectorizer.Feature> centre = of(MapClass.CENTERLINE, all);
    assertThat(centre).hasSize(1);
    Polyline c = centre.get(0).geometry();
    assertThat(c.bounds().maxX() - c.bounds().minX()).isGreaterThan(30);
    for (int i = 0; i < c.size(); i++) {
      assertThat(c.y(i)).isCloseTo(206.75, org.assertj.core.data.Offset.offset(0.2));
    }
  }

  @Test
  void anEmptyRasterGivesNothing() {
    assertThat(
            ClassVectorizer.vectorize(
                GRID,
                new int[GRID.cells()],
                new float[GRID.cells()],
                null,
                null,
                new Headings(),
                ReconstructionConfig.defaults(),
                LearnedVectorConfig.defaults()))
        .isEmpty();
  }

  /**
   * A crosswalk region whose stripes (0.5 m wide, 4 m long, 1.2 m apart, 11 of them) stand at
   * {@code deg} to the driving direction (east), the region predicted 0.3 m wider all round.
   */
  private static ClassVectorizer.Feature skewedCrosswalk(double deg) {
    int[] classes = new int[GRID.cells()];
    float[] intensity = new float[GRID.cells()];
    double c = Math.cos(Math.toRadians(deg)), s = Math.sin(Math.toRadians(deg));
    java.util.Random noise = new java.util.Random(5);
    for (int row = 0; row < GRID.height(); row++) {
      for (int col = 0; col < GRID.width(); col++) {
        double dx = GRID.centerX(col) - 130, dy = GRID.centerY(row) - 215;
        double u = dx * c + dy * s, v = -dx * s + dy * c; // along, across the stripes
        int k = row * GRID.width() + col;
        boolean stripe = Math.abs(u) < 2 && Math.abs(v) < 6.5 && (v + 6.5) % 1.2 < 0.5;
        intensity[k] = (float) ((stripe ? 0.6 : 0.1) + 0.03 * noise.nextGaussian());
        if (Math.abs(u) < 2.3 && Math.abs(v) < 6.8) {
          classes[k] = LaneClass.CROSSWALK.ordinal();
        }
      }
    }
    Headings east = new Headings();
    for (double x = 100; x <= 160; x += 5) {
      east.add(x, 207.5, 0);
    }
    List<ClassVectorizer.Feature> cross =
        of(
            MapClass.PED_CROSSING,
            ClassVectorizer.vectorize(
                GRID,
                classes,
                new float[GRID.cells()],
                null,
                intensity,
                east,
                ReconstructionConfig.defaults(),
                LearnedVectorConfig.defaults()));
    assertThat(cross).hasSize(1);
    return cross.get(0);
  }

  /** The angle of the outline's first side, folded into [0, 90) degrees. */
  private static double sideAngle(Polyline ring) {
    double a = Math.toDegrees(Math.atan2(ring.y(1) - ring.y(0), ring.x(1) - ring.x(0)));
    return ((a % 90) + 90) % 90;
  }

  @Test
  void aSkewedCrosswalkKeepsTheAngleOfItsStripes() {
    for (double deg : new double[] {30, 15, 70}) {
      Polyline ring = skewedCrosswalk(deg).geometry();
      assertThat(sideAngle(ring))
          .as("crosswalk at %s degrees", deg)
          .isCloseTo(deg, org.assertj.core.data.Offset.offset(2.0));
      // trimmed to the stripes: 4 m along them, 12.7 m across
      double[] sides = {
        Math.hypot(ring.x(1) - ring.x(0), ring.y(1) - ring.y(0)),
        Math.hypot(ring.x(2) - ring.x(1), ring.y(2) - ring.y(1))
      };
      java.util.Arrays.sort(sides);
      assertThat(sides[0]).isCloseTo(4.0, org.assertj.core.data.Offset.offset(0.3));
      assertThat(sides[1]).isCloseTo(12.7, org.assertj.core.data.Offset.offset(0.4));
    }
  }
}
