package dev.mapsmith.viewer3d;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.MapClass;
import java.util.List;
import java.util.Set;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

/** Camera moves as values: orbit, fly, top, smooth zoom and focus. No GL. */
class CameraStateTest {

  static final Point3 TARGET = new Point3(10, -5, 2);

  @Test
  void orbitRotatesAboutTheTargetAndFlyAboutTheEye() {
    CameraState orbit = CameraState.orbit(TARGET, 30);
    CameraState turned = orbit.rotate(0.7, -0.2);
    assertThat(turned.target()).isEqualTo(TARGET);
    assertThat(turned.eye().distance(new Vector3d(10, -5, 2))).isCloseTo(30, within(1e-9));
    assertThat(turned.eye().distance(orbit.eye())).isGreaterThan(1);
    assertThat(orbit.target()).as("the old value is unchanged").isEqualTo(TARGET);

    CameraState fly = orbit.withMode(CameraMode.FLY);
    CameraState looked = fly.rotate(0.7, -0.2);
    assertThat(looked.eye().distance(fly.eye())).isLessThan(1e-9);
    assertThat(looked.target()).isNotEqualTo(TARGET);
  }

  @Test
  void topViewLooksStraightDownNorthUp() {
    CameraState top = CameraState.top(100, 200, 20);
    double[] centre = top.toPixel(new Point3(100, 200, 0), 200, 100);
    assertThat(centre[0]).isCloseTo(100, within(1e-6));
    assertThat(centre[1]).isCloseTo(50, within(1e-6));
    double[] north = top.toPixel(new Point3(100, 210, 5), 200, 100);
    assertThat(north[0]).isCloseTo(100, within(1e-6));
    assertThat(north[1]).as("10 m north is 25 rows up").isCloseTo(25, within(1e-6));
    double[] east = top.toPixel(new Point3(110, 200, 0), 200, 100);
    assertThat(east[0]).isCloseTo(125, within(1e-6));
  }

  @Test
  void zoomIsGeometricAndClamped() {
    CameraState c = CameraState.orbit(TARGET, 100);
    assertThat(c.zoom(0.5).distance()).isEqualTo(50);
    assertThat(c.zoom(1e-9).distance()).isEqualTo(CameraState.MIN_DISTANCE);
    CameraState half = c.interpolate(c.withDistance(1), 0.5);
    assertThat(half.distance()).as("geometric mean").isCloseTo(10, within(1e-9));
    assertThat(c.interpolate(c.withDistance(1), 0)).isEqualTo(c);
  }

  @Test
  void zoomAtKeepsTheAnchorUnderThePointerInTheTopView() {
    CameraState top = CameraState.top(0, 0, 40);
    Point3 anchor = new Point3(30, -12, 0);
    double[] before = top.toPixel(anchor, 320, 200);
    CameraState in = top.zoomAt(anchor, 0.25);
    double[] after = in.toPixel(anchor, 320, 200);
    assertThat(in.distance()).isEqualTo(10);
    assertThat(after[0]).isCloseTo(before[0], within(1e-6));
    assertThat(after[1]).isCloseTo(before[1], within(1e-6));
  }

  @Test
  void interpolationTurnsTheShortWayRound() {
    CameraState a = new CameraState(CameraMode.ORBIT, 0, 0, 0, Math.toRadians(350), 0.5, 10, 60);
    CameraState b = a.rotate(Math.toRadians(20), 0); // 370° = 10°
    CameraState mid = a.interpolate(b, 0.5);
    assertThat(Math.toDegrees(mid.yaw()) % 360).isCloseTo(0, within(1e-6));
  }

  @Test
  void focusFramesTheBoxAndFocusOnSelectionOnlyTheSelected() {
    Point3 min = new Point3(-40, 10, 0), max = new Point3(-20, 30, 4);
    for (CameraState c :
        List.of(CameraState.orbit(TARGET, 500), CameraState.top(0, 0, 500).rotate(0.3, 0))) {
      CameraState f = c.focus(min, max, 16 / 9.0);
      for (int i = 0; i < 8; i++) {
        Point3 corner =
            new Point3(
                (i & 1) == 0 ? min.x() : max.x(),
                (i & 2) == 0 ? min.y() : max.y(),
                (i & 4) == 0 ? min.z() : max.z());
        double[] px = f.toPixel(corner, 1600, 900);
        assertThat(px[0]).as("%s corner %d", c.mode(), i).isBetween(0.0, 1600.0);
        assertThat(px[1]).as("%s corner %d", c.mode(), i).isBetween(0.0, 900.0);
      }
      assertThat(f.distance()).isLessThan(c.distance());
    }

    SceneData scene =
        SceneData.EMPTY
            .withPrimitives(
                List.of(
                    TestScenes.primitive(1, MapClass.DIVIDER, -40, 10, 0, -20, 30, 0),
                    TestScenes.primitive(2, MapClass.DIVIDER, 500, 500, 0, 600, 600, 0)))
            .withSelection(Set.of(1L), 0);
    CameraState onSel = CameraState.top(0, 0, 500).focusOnSelection(scene, 1.5);
    assertThat(onSel.targetX()).isCloseTo(-30, within(1e-9));
    assertThat(onSel.targetY()).isCloseTo(20, within(1e-9));
    assertThat(onSel.distance()).isLessThan(20);
    CameraState none = CameraState.top(0, 0, 500);
    assertThat(none.focusOnSelection(scene.withSelection(Set.of(), 0), 1.5)).isEqualTo(none);
  }
}
