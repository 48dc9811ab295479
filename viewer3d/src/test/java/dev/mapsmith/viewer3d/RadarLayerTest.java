package dev.mapsmith.viewer3d;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.geom.Point3;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The radar layer: in the 3D view (rendered for real, Mesa llvmpipe) and projected into a camera
 * frame, stationary returns are drawn cyan and moving ones orange, apart from the lidar, and a
 * moving return has an arrow along its velocity.
 */
class RadarLayerTest {

  static final int CYAN = 0xFF000000 | RadarReturns.STATIONARY_RGB;
  static final int ORANGE = 0xFF000000 | RadarReturns.MOVING_RGB;

  /** A guard-rail return at (-10, 0) and a car at (10, 0) driving +y at 5 m/s (14 dBsm). */
  static RadarReturns twoReturns() {
    return new RadarReturns(
        2,
        new float[] {-10, 10},
        new float[] {0, 0},
        new float[] {0, 0},
        new float[] {-2, 14},
        new float[] {0, 0},
        new float[] {0, 5},
        new boolean[] {false, true});
  }

  @Test
  void theTopViewDrawsReturnsByMotionWithAnArrowAlongTheVelocity() {
    SceneData scene = SceneData.EMPTY.withRadar(List.of(twoReturns()));
    CameraState camera = HeadlessRenderer.fit(scene, CameraMode.TOP, 160, 120);
    Frame f = HeadlessRenderer.render(scene, camera, 160, 120);
    double[] still = camera.toPixel(new Point3(-10, 0, 0), 160, 120);
    double[] car = camera.toPixel(new Point3(10, 0, 0), 160, 120);
    double[] ahead = camera.toPixel(new Point3(10, 5, 0), 160, 120);
    int sx = (int) still[0], sy = (int) still[1], cx = (int) car[0], cy = (int) car[1];
    assertThat(ViewportRenderTest.colourWithin(f, sx, sy, 2, CYAN)).isTrue();
    assertThat(ViewportRenderTest.colourWithin(f, sx, sy, 6, ORANGE)).isFalse();
    assertThat(ViewportRenderTest.colourWithin(f, cx, cy, 2, ORANGE)).isTrue();
    // the arrow: orange half way to where the car will be in a second, none on the other side
    int mx = (int) ((car[0] + ahead[0]) / 2), my = (int) ((car[1] + ahead[1]) / 2);
    assertThat(Math.abs(my - cy)).as("the arrow is long enough to test").isGreaterThan(8);
    assertThat(ViewportRenderTest.colourWithin(f, mx, my, 1, ORANGE)).isTrue();
    assertThat(ViewportRenderTest.colourWithin(f, mx, 2 * cy - my, 1, ORANGE)).isFalse();
    // the bigger RCS draws the bigger marker
    assertThat(count(f, ORANGE, cx, cy, 5)).isGreaterThan(count(f, CYAN, sx, sy, 5));
  }

  @Test
  void aCameraFrameShowsTheReturnsAndTheArrowProjected() {
    CameraProjector cam =
        new CameraProjector(CameraViewTest.K, CameraViewTest.CAMERA_TO_WORLD); // at (2, 3, 1.5)
    // stationary 10 m ahead, 1 m right, 0.5 m up -> pixel (370, 215); the car 20 m ahead on the
    // axis -> (320, 240), driving to the camera's right at 5 m/s -> arrow to u = 445
    RadarReturns r =
        new RadarReturns(
            2,
            new float[] {12, 22},
            new float[] {2, 3},
            new float[] {2, 1.5f},
            new float[] {0, 10},
            new float[] {0, 0},
            new float[] {0, -5},
            new boolean[] {false, true});
    BufferedImage img = CameraView.render(null, cam, null, List.of(), List.of(r));
    int half = (int) Math.ceil(r.markerPx(0) / 2);
    assertThat(img.getRGB(370 - half, 215)).isEqualTo(CYAN); // the square's outline
    assertThat(img.getRGB(370, 215)).isEqualTo(0xFF000000); // outlined, not filled
    for (int u = 330; u <= 440; u += 10) {
      assertThat(img.getRGB(u, 240)).as("arrow at u=%d", u).isEqualTo(ORANGE);
    }
    assertThat(img.getRGB(300, 240)).isEqualTo(0xFF000000);
  }

  private static int count(Frame f, int argb, int x, int y, int r) {
    int n = 0;
    for (int dy = -r; dy <= r; dy++) {
      for (int dx = -r; dx <= r; dx++) {
        n += f.pixel(x + dx, y + dy) == argb ? 1 : 0;
      }
    }
    return n;
  }
}
