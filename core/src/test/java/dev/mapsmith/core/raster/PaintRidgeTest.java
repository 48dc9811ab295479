package dev.mapsmith.core.raster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mapsmith.core.geom.Bounds2;
import java.util.Optional;
import java.util.Random;
import java.util.function.ToDoubleBiFunction;
import org.junit.jupiter.api.Test;

/**
 * Snapping's ridge finder on synthetic rasters, rasterised as the export does (core's {@link
 * BevRasterizer}, 0.1 m cells) from dense ground points with the paint's reflectivity.
 */
class PaintRidgeTest {

  private static final double ASPHALT = 0.12, PAINT = 0.85;

  /** Ground points every 2 cm over 10 × 10 m around the origin, intensity from {@code paint}. */
  private static PaintRidge.Field raster(ToDoubleBiFunction<Double, Double> intensity, long seed) {
    BevGrid grid = BevGrid.covering(new Bounds2(-5, -5, 5, 5), 0.1);
    BevRasterizer r = new BevRasterizer(grid);
    Random noise = new Random(seed);
    int n = 500;
    float[] x = new float[n], y = new float[n], z = new float[n], in = new float[n];
    for (int row = 0; row < n; row++) {
      for (int i = 0; i < n; i++) {
        x[i] = (float) (-5 + 0.02 * i + 0.01);
        y[i] = (float) (-5 + 0.02 * row + 0.01);
        in[i] =
            (float)
                (intensity.applyAsDouble((double) x[i], (double) y[i])
                    + 0.03 * noise.nextGaussian());
      }
      r.add(n, x, y, z, in);
    }
    return PaintRidge.of(r.finish(), BevChannel.MEAN_INTENSITY);
  }

  private static ToDoubleBiFunction<Double, Double> stripeAlongX(double centreY, double width) {
    return (x, y) -> Math.abs(y - centreY) <= width / 2 ? PAINT : ASPHALT;
  }

  @Test
  void findsTheCentreOfAStripeAcrossTheLine() {
    for (double centre : new double[] {0.23, -0.31, 0.05, 0.47}) {
      PaintRidge.Field f = raster(stripeAlongX(centre, 0.15), 1);
      Optional<double[]> p = PaintRidge.centre(f, 1.3, 0.0, 0, 1, 0.5);
      assertThat(p).as("stripe at y = %s", centre).isPresent();
      assertThat(p.get()[0]).as("along the line, the point stays").isCloseTo(1.3, within(1e-9));
      assertThat(p.get()[1]).as("stripe at y = %s", centre).isCloseTo(centre, within(0.03));
    }
  }

  @Test
  void findsTheCentreOfWideAndNarrowStripesAndOfADiagonalOne() {
    assertThat(PaintRidge.centre(raster(stripeAlongX(0.2, 0.3), 2), 0, 0, 0, 1, 0.5).get()[1])
        .isCloseTo(0.2, within(0.03));
    assertThat(PaintRidge.centre(raster(stripeAlongX(-0.2, 0.1), 3), 0, 0, 0, -1, 0.5).get()[1])
        .isCloseTo(-0.2, within(0.03));
    // a stripe along y = x + 0.3: its distance from the origin along the normal is 0.3 / √2
    PaintRidge.Field diag =
        raster((x, y) -> Math.abs(y - x - 0.3) / Math.sqrt(2) <= 0.075 ? PAINT : ASPHALT, 4);
    double[] p = PaintRidge.centre(diag, 0, 0, -1, 1, 0.5).orElseThrow();
    assertThat(Math.abs(p[1] - p[0] - 0.3) / Math.sqrt(2)).as("off the line").isLessThan(0.03);
    assertThat(p[0] + p[1]).as("moved across the line only").isCloseTo(0, within(1e-9));
  }

  @Test
  void takesTheBrighterOfTwoStripes() {
    PaintRidge.Field f =
        raster(
            (x, y) ->
                Math.abs(y - 0.3) <= 0.075 ? 0.5 : Math.abs(y + 0.25) <= 0.075 ? PAINT : ASPHALT,
            5);
    assertThat(PaintRidge.centre(f, 0, 0, 0, 1, 0.5).orElseThrow()[1])
        .isCloseTo(-0.25, within(0.03));
  }

  @Test
  void findsNothingWithoutAStripeWithinReach() {
    assertThat(PaintRidge.centre(raster((x, y) -> ASPHALT, 6), 0, 0, 0, 1, 0.5))
        .as("plain asphalt")
        .isEmpty();
    assertThat(PaintRidge.centre(raster(stripeAlongX(0.9, 0.15), 7), 0, 0, 0, 1, 0.5))
        .as("a stripe 0.9 m away")
        .isEmpty();
    assertThat(PaintRidge.centre(raster(stripeAlongX(0.2, 0.05 + 0.0), 8), 0, 0, 0, 1, 0.5))
        .as("a faint trace under a cell's width still stands out")
        .isPresent();
    assertThat(PaintRidge.centre(raster(stripeAlongX(0.5, 3.0), 9), 0, 0, 0, 1, 0.5))
        .as("a bright area, not a line")
        .isEmpty();
    assertThat(
            PaintRidge.centre(
                raster((x, y) -> Math.abs(y) <= 0.075 ? 0.16 : ASPHALT, 10), 0, 0, 0, 1, 0.5))
        .as("too little contrast")
        .isEmpty();
  }

  @Test
  void findsNothingOffTheRasterOrWithABadNormal() {
    PaintRidge.Field f = raster(stripeAlongX(0, 0.15), 11);
    assertThat(PaintRidge.centre(f, 20, 20, 0, 1, 0.5)).as("outside the grid").isEmpty();
    assertThat(f.at(20, 20)).isNaN();
    assertThat(PaintRidge.centre(f, 0, 0.2, 0, 0, 0.5)).as("no direction").isEmpty();
    assertThat(PaintRidge.centre(f, 0, 0.2, 0, 3, 0.5).orElseThrow()[1])
        .as("a normal of any length")
        .isCloseTo(0, within(0.03));
  }
}
