package dev.mapsmith.viewer3d;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mapsmith.core.map.MapClass;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Picking through the id attachment and the depth buffer, on Mesa. */
class ViewportPickTest {

  static Viewport viewport;

  @BeforeAll
  static void start() {
    viewport = Viewport.start(200, 100, ViewportOptions.DEFAULTS.withDebugContext(true));
    // Top view: x in [-40, 40] over 200 columns, y in [-20, 20] over 100 rows, north up.
    viewport.setCamera(CameraState.top(0, 0, 20));
  }

  @AfterAll
  static void stop() {
    viewport.close();
  }

  @AfterEach
  void noGlErrors() {
    assertThat(viewport.glErrors()).as("GL errors").isEmpty();
  }

  static int col(double x) {
    return (int) Math.floor((x + 40) / 80 * 200);
  }

  static int row(double y) {
    return (int) Math.floor((20 - y) / 40 * 100);
  }

  @Test
  void picksTheRightPrimitiveAndNothingElsewhere() {
    viewport.setScene(
        SceneData.EMPTY.withPrimitives(
            List.of(
                TestScenes.primitive(11, MapClass.DIVIDER, -30, 10, 0, 30, 10, 0),
                TestScenes.primitive(22, MapClass.BOUNDARY, -30, -10, 0, 30, -10, 0))));
    PickResult a = viewport.pick(col(5), row(10)).join();
    PickResult b = viewport.pick(col(-12), row(-10) + 2).join();
    PickResult none = viewport.pick(col(0), row(0)).join();
    assertThat(a.kind()).isEqualTo(PickResult.Kind.PRIMITIVE);
    assertThat(a.primitiveId()).isEqualTo(11);
    assertThat(a.world().y()).isCloseTo(10, within(1e-6));
    assertThat(a.world().x()).isCloseTo(5, within(0.8));
    assertThat(b.primitiveId()).isEqualTo(22);
    assertThat(none).isEqualTo(PickResult.NOTHING);
  }

  @Test
  void picksAVertexHandleOfTheSelectedPrimitive() {
    viewport.setScene(
        SceneData.EMPTY
            .withPrimitives(
                List.of(TestScenes.primitive(33, MapClass.DIVIDER, -20, 0, 0, 0, 0, 0, 20, 0, 0)))
            .withSelection(Set.of(33L), 0));
    PickResult v = viewport.pick(col(0) + 1, row(0) + 1).join();
    assertThat(v.kind()).isEqualTo(PickResult.Kind.VERTEX);
    assertThat(v.primitiveId()).isEqualTo(33);
    assertThat(v.vertex()).isEqualTo(1);
    PickResult seg = viewport.pick(col(10), row(0)).join();
    assertThat(seg.kind()).isEqualTo(PickResult.Kind.PRIMITIVE);
  }

  @Test
  void pickingTheCloudReturnsWorldXyz() {
    viewport.setScene(
        SceneData.EMPTY.withClouds(List.of(TestScenes.plane(20_000, -10, -10, 10, 10, 2.5f))));
    PickResult top = viewport.pick(col(3), row(-4)).join();
    assertThat(top.kind()).isEqualTo(PickResult.Kind.POINT);
    assertThat(top.world().z()).isCloseTo(2.5, within(1e-4));
    assertThat(top.world().x()).isCloseTo(3, within(1.5));
    assertThat(top.world().y()).isCloseTo(-4, within(1.5));

    viewport.setCamera(CameraState.orbit(new dev.mapsmith.core.geom.Point3(0, 0, 2.5), 25));
    PickResult centre = viewport.pick(100, 50).join();
    assertThat(centre.kind()).isEqualTo(PickResult.Kind.POINT);
    assertThat(centre.world().z()).isCloseTo(2.5, within(1e-4));
    assertThat(Math.hypot(centre.world().x(), centre.world().y())).isLessThan(1.0);
    viewport.setCamera(CameraState.top(0, 0, 20));
  }
}
