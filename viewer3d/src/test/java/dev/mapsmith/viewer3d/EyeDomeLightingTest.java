package dev.mapsmith.viewer3d;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Eye-dome lighting on a known scene: a roof 5 m above a ground plane, seen from the top and from
 * an orbit camera. It darkens the ground beside the roof's edge and leaves flat areas alone.
 */
class EyeDomeLightingTest {

  static Viewport viewport;

  @BeforeAll
  static void start() {
    viewport = Viewport.start(160, 120, ViewportOptions.DEFAULTS.withDebugContext(true));
    viewport.setRawPoints(true);
    // Ground z = 0 over x in [-20, 20], y in [-15, 15]; roof z = 5 over x in [0, 20]. A 0.2 m
    // grid of 2-pixel points (a pixel is 1/3 m) leaves no holes. Coloured by height: each plane
    // has one colour.
    PointCloud ground = grid(-20, 20, -15, 15, 0);
    PointCloud roof = grid(0, 20, -15, 15, 5);
    viewport.setScene(
        SceneData.EMPTY.withClouds(List.of(ground, roof)).withColorMode(PointColorMode.HEIGHT));
  }

  @AfterAll
  static void stop() {
    viewport.close();
  }

  @AfterEach
  void noGlErrors() {
    viewport.setEyeDomeLighting(null);
    assertThat(viewport.glErrors()).as("GL errors").isEmpty();
  }

  static PointCloud grid(float x0, float x1, float y0, float y1, float z) {
    int nx = Math.round((x1 - x0) / 0.2f) + 1, ny = Math.round((y1 - y0) / 0.2f) + 1;
    float[] xyz = new float[3 * nx * ny];
    float[] intensity = new float[nx * ny];
    for (int i = 0; i < nx; i++) {
      for (int j = 0; j < ny; j++) {
        int k = i * ny + j;
        xyz[3 * k] = x0 + 0.2f * i;
        xyz[3 * k + 1] = y0 + 0.2f * j;
        xyz[3 * k + 2] = z;
        intensity[k] = 0.5f;
      }
    }
    return PointCloud.of(xyz, intensity);
  }

  static int brightness(int argb) {
    return (argb >> 16 & 255) + (argb >> 8 & 255) + (argb & 255);
  }

  @Test
  void topViewDarkensTheGroundAlongTheRoofEdgeOnly() {
    // x in [-26.7, 26.7] over 160 columns (3 px per metre), y in [-20, 20] over 120 rows; the
    // roof's first points (x = 0, 2 px wide) cover columns 79 and 80.
    viewport.setCamera(CameraState.top(0, 0, 20));
    Frame plain = viewport.render().join();
    viewport.setEyeDomeLighting(EyeDomeLighting.DEFAULT);
    Frame lit = viewport.render().join();

    for (int y = 20; y <= 100; y += 5) {
      // Ground just left of the roof: its neighbours on the right lie 5 m nearer the eye.
      assertThat(brightness(lit.pixel(78, y)))
          .as("ground beside the edge, row %d", y)
          .isLessThan(brightness(plain.pixel(78, y)) / 4);
      // Flat ground, flat roof, and the roof's own edge (nothing nearer) keep their colour.
      for (int x : new int[] {10, 40, 76, 79, 80, 82, 120, 150}) {
        assertThat(lit.pixel(x, y)).as("column %d row %d", x, y).isEqualTo(plain.pixel(x, y));
      }
    }
    // Background stays background.
    assertThat(lit.pixel(2, 2)).isEqualTo(plain.pixel(2, 2));
  }

  @Test
  void perspectiveViewDarkensTheStepFarMoreThanFlatGround() {
    // From the south, 80° down, 45 m away: the roof edge (x = 0) runs up the image centre.
    viewport.setCamera(
        new CameraState(CameraMode.ORBIT, 0, 0, 0, Math.PI / 2, Math.toRadians(80), 45, 60));
    Frame plain = viewport.render().join();
    viewport.setEyeDomeLighting(EyeDomeLighting.DEFAULT);
    Frame lit = viewport.render().join();
    // Flat ground left of the edge darkens a little (its depth changes from pixel to pixel, as
    // in any eye-dome lighting); the ground beside the step goes nearly black.
    for (int y = 30; y < 90; y += 10) {
      double flat = 0, darkest = 1;
      for (int x = 20; x < 40; x++) {
        flat += ratio(lit, plain, x, y) / 20;
      }
      for (int x = 70; x <= 80; x++) {
        darkest = Math.min(darkest, ratio(lit, plain, x, y));
      }
      assertThat(flat).as("flat ground, row %d", y).isGreaterThan(0.6);
      assertThat(darkest).as("beside the step, row %d", y).isLessThan(0.2);
    }
    assertThat(lit.pointsDrawn()).isEqualTo(plain.pointsDrawn());
  }

  static double ratio(Frame lit, Frame plain, int x, int y) {
    return brightness(lit.pixel(x, y)) / (double) Math.max(1, brightness(plain.pixel(x, y)));
  }
}
