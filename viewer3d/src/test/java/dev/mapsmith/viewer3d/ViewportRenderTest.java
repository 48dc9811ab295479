package dev.mapsmith.viewer3d;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.viewer3d.render.SceneRenderer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renders known scenes on Mesa (EGL, no display) and checks pixels where geometry must land. */
class ViewportRenderTest {

  static final int RED = 0xFFFF0000;
  static Viewport viewport;

  @BeforeAll
  static void start() {
    viewport = Viewport.start(200, 100, ViewportOptions.DEFAULTS.withDebugContext(true));
  }

  @AfterAll
  static void stop() {
    viewport.close();
  }

  @AfterEach
  void noGlErrors() {
    assertThat(viewport.glErrors()).as("GL errors").isEmpty();
  }

  static int background() {
    float[] b = SceneRenderer.BACKGROUND;
    return 0xFF000000
        | Math.round(b[0] * 255) << 16
        | Math.round(b[1] * 255) << 8
        | Math.round(b[2] * 255);
  }

  @Test
  void topViewDrawsRedStopLineWhereItProjects() {
    // A stop line (drawn red) from x = -10 to 10 at y = 5. The top view centred on the origin shows
    // y in [-20, 20] over 100 rows (north up) and x in [-40, 40] over 200 columns.
    viewport.setScene(
        SceneData.EMPTY.withPrimitives(
            List.of(TestScenes.primitive(1, MapClass.STOP_LINE, -10, 5, 0, 10, 5, 0))));
    viewport.setCamera(CameraState.top(0, 0, 20));
    Frame f = viewport.render().join();

    assertThat(f.width()).isEqualTo(200);
    assertThat(f.height()).isEqualTo(100);
    int row = (int) Math.round((20 - 5) / 40.0 * 100); // 37.5 -> the line covers rows 37-38
    int colStart = (int) Math.round((-10 + 40) / 80.0 * 200); // 75
    int colEnd = (int) Math.round((10 + 40) / 80.0 * 200); // 125
    for (int x = colStart + 2; x <= colEnd - 2; x += 5) {
      assertThat(redWithin(f, x, row, 2)).as("red near column %d row %d", x, row).isTrue();
    }
    assertThat(f.pixel(100, 80)).isEqualTo(background());
    assertThat(f.pixel(100, 10)).isEqualTo(background());
    assertThat(f.pixel(colStart - 10, row)).isEqualTo(background());
    assertThat(f.pixel(colEnd + 10, row)).isEqualTo(background());
    assertThat(countRed(f)).isBetween(40, 200 * 6);
  }

  @Test
  void orbitViewPutsTheTargetAtTheImageCentre() {
    Point3 target = new Point3(12, -7, 1.5);
    viewport.setScene(
        SceneData.EMPTY.withPrimitives(
            List.of(TestScenes.primitive(2, MapClass.STOP_LINE, 11.9, -7, 1.5, 12.1, -7, 1.5))));
    viewport.setCamera(CameraState.orbit(target, 30));
    Frame f = viewport.render().join();
    assertThat(redWithin(f, 100, 50, 2)).isTrue();
    assertThat(f.pixel(20, 20)).isEqualTo(background());
    assertThat(f.pixel(180, 80)).isEqualTo(background());
  }

  @Test
  void dashedLineHasGaps() {
    var dashed =
        TestScenes.primitive(3, MapClass.STOP_LINE, -36, 0, 0, 36, 0, 0)
            .withAttributes(
                dev.mapsmith.core.map.Attributes.EMPTY.withPattern(
                    dev.mapsmith.core.map.LinePattern.DASHED));
    viewport.setScene(SceneData.EMPTY.withPrimitives(List.of(dashed)));
    viewport.setCamera(CameraState.top(0, 0, 20));
    Frame f = viewport.render().join();
    int red = 0, gaps = 0;
    for (int x = 12; x < 188; x++) { // x = -36 .. 36 m
      if (redWithin(f, x, 50, 1)) {
        red++;
      } else {
        gaps++;
      }
    }
    // Dashes are a third of a 9 m period: about 1/3 painted.
    assertThat(red).isBetween(40, 80);
    assertThat(gaps).isBetween(90, 135);
  }

  @Test
  void selectionHighlightsAndShowsVertexHandles() {
    var p = TestScenes.primitive(4, MapClass.STOP_LINE, -10, 0, 0, 10, 0, 0);
    viewport.setScene(SceneData.EMPTY.withPrimitives(List.of(p)).withSelection(Set.of(4L), 0));
    viewport.setCamera(CameraState.top(0, 0, 20));
    Frame f = viewport.render().join();
    int orange = 0xFFFFA500;
    assertThat(f.pixel(100, 50)).isEqualTo(orange);
    // Handle at vertex (10, 0): column 125, row 50, white centre.
    assertThat(f.pixel(125, 50)).isEqualTo(0xFFFFFFFF);
    assertThat(countRed(f)).isZero();
  }

  @Test
  void gridAxesTrajectoryAndCloudDraw() {
    viewport.setScene(
        SceneData.EMPTY
            .withClouds(List.of(TestScenes.plane(2000, -5, -5, 5, 5, 0)))
            .withGrid(5, 0, true)
            .withTrajectories(
                List.of(
                    new Trajectory(
                        dev.mapsmith.core.geom.Polyline.of(-30, -15, 0, 30, -15, 0), 0x00FF00))));
    viewport.setCamera(CameraState.top(0, 0, 20));
    Frame f = viewport.render().join();
    assertThat(f.pointsDrawn()).isPositive();
    assertThat(redWithin(f, 100, 88, 3) || f.pixel(100, 87) != background()).isTrue();
    int green = 0;
    for (int x = 30; x < 170; x++) {
      if (f.pixel(x, 87) == 0xFF00FF00 || f.pixel(x, 88) == 0xFF00FF00) {
        green++;
      }
    }
    assertThat(green).isGreaterThan(100);
    // The cloud covers x, y in [-5, 5]: columns 88-112, rows 38-62; it is not background there.
    int lit = 0;
    for (int y = 40; y < 60; y++) {
      for (int x = 90; x < 110; x++) {
        lit += f.pixel(x, y) != background() ? 1 : 0;
      }
    }
    assertThat(lit).isGreaterThan(300);
  }

  @Test
  void areaSelectionPolygonIsDrawnClosedOnTop() {
    // A triangle (-20, -10), (20, -10), (0, 10); its closing edge runs from (0, 10) back to the
    // start. A cloud under it must not hide it.
    viewport.setScene(
        SceneData.EMPTY
            .withClouds(List.of(TestScenes.plane(20_000, -30, -15, 30, 15, 3)))
            .withAreaSelection(
                dev.mapsmith.core.geom.Polyline.of(-20, -10, 0, 20, -10, 0, 0, 10, 0)));
    viewport.setCamera(CameraState.top(0, 0, 20));
    Frame f = viewport.render().join();
    int magenta = 0xFFFF40FF;
    // Bottom edge at y = -10: row 75; x = -10 and 10 are columns 75 and 125.
    assertThat(colourWithin(f, 75, 75, 1, magenta)).isTrue();
    assertThat(colourWithin(f, 125, 75, 1, magenta)).isTrue();
    // Closing edge, halfway from (0, 10) to (-20, -10): (-10, 0) is column 75, row 50.
    assertThat(colourWithin(f, 75, 50, 2, magenta)).isTrue();
    // The other slanted edge, at (10, 0).
    assertThat(colourWithin(f, 125, 50, 2, magenta)).isTrue();
    // Inside the triangle: cloud, not outline.
    assertThat(colourWithin(f, 100, 60, 2, magenta)).isFalse();
  }

  @Test
  void axesAndCameraFrustumDraw() {
    // A camera at (-20, 0, 2) looking along +x (OpenCV frame: x right = world -y, y down = -z).
    var toWorld =
        dev.mapsmith.core.frame.RigidTransform.fromMatrix(
            new double[] {0, 0, 1, -1, 0, 0, 0, -1, 0}, -20, 0, 2);
    var frustum =
        new CameraFrustum(toWorld, new CameraIntrinsics(100, 100, 100, 50, 200, 100), 10, 0x00FFFF);
    viewport.setScene(SceneData.EMPTY.withGrid(0, 0, true).withFrustums(List.of(frustum)));
    viewport.setCamera(CameraState.top(0, 0, 20));
    Frame f = viewport.render().join();
    // The x axis (red-ish 0xFF3030) runs from the origin 5 m east: columns 100-112 on row 50.
    assertThat(colourWithin(f, 106, 50, 1, 0xFFFF3030)).isTrue();
    // The y axis (green) runs north: rows 50-37 on column 100.
    assertThat(colourWithin(f, 100, 44, 1, 0xFF30FF30)).isTrue();
    // The frustum's far edge at x = -10 spans y from -10 to 10 (half width 100 px at f = 100):
    // column 75, rows 25-75. Its apex lines meet at (-20, 0): column 50, row 50.
    assertThat(colourWithin(f, 75, 40, 1, 0xFF00FFFF)).isTrue();
    assertThat(colourWithin(f, 75, 60, 1, 0xFF00FFFF)).isTrue();
    assertThat(colourWithin(f, 51, 50, 1, 0xFF00FFFF)).isTrue();
    assertThat(f.pixel(150, 20)).isEqualTo(background());
  }

  @Test
  void lineWidthFollowsTheWidthAttributeAndHoverLightens() {
    // 2.5 px per metre: a 2 m wide line is 5 px thick, a default (0.15 m) one the 2 px minimum.
    var wide =
        TestScenes.primitive(5, MapClass.STOP_LINE, -30, 8, 0, 30, 8, 0)
            .withAttributes(dev.mapsmith.core.map.Attributes.of("width", "2"));
    var thin = TestScenes.primitive(6, MapClass.STOP_LINE, -30, -8, 0, 30, -8, 0);
    viewport.setScene(
        SceneData.EMPTY.withPrimitives(List.of(wide, thin)).withSelection(Set.of(), 6));
    viewport.setCamera(CameraState.top(0, 0, 20));
    Frame f = viewport.render().join();
    assertThat(columnRun(f, 100, 30, RED)).isBetween(4, 6); // y = 8: row 30
    int hover = 0xFFFF7F7F; // red mixed half with white
    assertThat(columnRun(f, 100, 70, hover)).isBetween(1, 3); // y = -8: row 70
    assertThat(countRed(f)).isBetween(4 * 140, 6 * 160);
  }

  /** How many pixels of colour argb lie in column x within 5 rows of y. */
  static int columnRun(Frame f, int x, int y, int argb) {
    int n = 0;
    for (int r = y - 5; r <= y + 5; r++) {
      n += f.pixel(x, r) == argb ? 1 : 0;
    }
    return n;
  }

  static boolean colourWithin(Frame f, int x, int y, int r, int argb) {
    for (int dy = -r; dy <= r; dy++) {
      for (int dx = -r; dx <= r; dx++) {
        int px = x + dx, py = y + dy;
        if (px >= 0 && py >= 0 && px < f.width() && py < f.height() && f.pixel(px, py) == argb) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean redWithin(Frame f, int x, int y, int r) {
    for (int dy = -r; dy <= r; dy++) {
      for (int dx = -r; dx <= r; dx++) {
        int px = x + dx, py = y + dy;
        if (px >= 0 && py >= 0 && px < f.width() && py < f.height() && f.pixel(px, py) == RED) {
          return true;
        }
      }
    }
    return false;
  }

  static int countRed(Frame f) {
    int n = 0;
    for (int v : f.argb()) {
      n += v == RED ? 1 : 0;
    }
    return n;
  }
}
