package dev.mapsmith.viewer3d;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each colouring mode on a known cloud of three 4 × 4 m patches, seen from the top: A (z 0,
 * intensity 0, ground, drive 0, time 0 s), B (z 4, intensity 1, paint, drive 1, time 10 s) and C (z
 * 2, intensity 0.5, other, drive 2, time 5 s). The ranges run from A to B.
 */
class PointColorModeTest {

  static Viewport viewport;
  static SceneData scene;

  @BeforeAll
  static void start() {
    viewport = Viewport.start(200, 100, ViewportOptions.DEFAULTS.withDebugContext(true));
    viewport.setRawPoints(true);
    // x in [-40, 40] over 200 columns, y in [-20, 20] over 100 rows.
    viewport.setCamera(CameraState.top(0, 0, 20));
    int per = 21 * 21, n = 3 * per;
    float[] xyz = new float[3 * n];
    float[] intensity = new float[n];
    byte[] classes = new byte[n];
    byte[] drives = new byte[n];
    float[] times = new float[n];
    float[] cx = {-28, 0, 28}, z = {0, 4, 2}, in = {0, 1, 0.5f}, t = {0, 10, 5};
    byte[] cls = {PointCloud.CLASS_GROUND, PointCloud.CLASS_PAINT, PointCloud.CLASS_OTHER};
    int k = 0;
    for (int p = 0; p < 3; p++) {
      for (int i = 0; i < 21; i++) {
        for (int j = 0; j < 21; j++, k++) {
          xyz[3 * k] = cx[p] - 2 + 0.2f * i;
          xyz[3 * k + 1] = -2 + 0.2f * j;
          xyz[3 * k + 2] = z[p];
          intensity[k] = in[p];
          classes[k] = cls[p];
          drives[k] = (byte) p;
          times[k] = t[p];
        }
      }
    }
    PointCloud cloud =
        PointCloud.of(xyz, intensity).withClasses(classes).withDrives(drives).withTimes(times);
    scene = SceneData.EMPTY.withClouds(List.of(cloud));
  }

  @AfterAll
  static void stop() {
    viewport.close();
  }

  @AfterEach
  void noGlErrors() {
    assertThat(viewport.glErrors()).as("GL errors").isEmpty();
  }

  /** The colours at the centres of A, B and C in this mode. */
  static int[] patches(PointColorMode mode) {
    viewport.setScene(scene.withColorMode(mode));
    Frame f = viewport.render().join();
    return new int[] {f.pixel(30, 50), f.pixel(100, 50), f.pixel(170, 50)};
  }

  static void assertRgb(int argb, int r, int g, int b) {
    int[] got = {argb >> 16 & 255, argb >> 8 & 255, argb & 255};
    int[] want = {r, g, b};
    for (int c = 0; c < 3; c++) {
      assertThat(Math.abs(got[c] - want[c]))
          .as("colour %06X vs %02X%02X%02X", argb & 0xFFFFFF, r, g, b)
          .isLessThanOrEqualTo(2);
    }
  }

  @Test
  void intensityIsGreyFromLowToHigh() {
    int[] c = patches(PointColorMode.INTENSITY);
    assertRgb(c[0], 0, 0, 0);
    assertRgb(c[1], 255, 255, 255);
    assertRgb(c[2], 128, 128, 128);
  }

  @Test
  void heightRunsBlueGreenRed() {
    int[] c = patches(PointColorMode.HEIGHT);
    assertRgb(c[0], 0, 0, 128);
    assertRgb(c[1], 128, 0, 0);
    assertRgb(c[2], 128, 255, 128);
  }

  @Test
  void classColoursGroundPaintAndOther() {
    int[] c = patches(PointColorMode.CLASS);
    assertRgb(c[0], 140, 107, 77);
    assertRgb(c[1], 255, 255, 217);
    assertRgb(c[2], 115, 153, 191);
  }

  @Test
  void drivesGetDistinctColours() {
    int[] c = patches(PointColorMode.DRIVE);
    assertRgb(c[0], 255, 51, 51);
    assertThat(c[1]).isNotEqualTo(c[0]).isNotEqualTo(c[2]);
    assertThat(c[2]).isNotEqualTo(c[0]);
  }

  @Test
  void timeRunsOverTheCloudsTimeSpan() {
    int[] c = patches(PointColorMode.TIME);
    assertRgb(c[0], 0, 0, 128);
    assertRgb(c[1], 128, 0, 0);
    assertRgb(c[2], 128, 255, 128);
  }
}
