package dev.mapsmith.viewer3d;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.MapClass;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Opening and closing scenes returns the count of live GL objects to its baseline. */
class GlResourceLifecycleTest {

  @Test
  void fiftyScenesOpenedAndClosedLeaveNoGlObjects() {
    try (Viewport v = Viewport.start(64, 48, ViewportOptions.DEFAULTS.withDebugContext(true))) {
      v.setCamera(CameraState.top(0, 0, 20));
      v.render().join();
      int baseline = v.liveGlObjects();
      for (int i = 0; i < 50; i++) {
        SceneData scene =
            SceneData.EMPTY
                .withClouds(List.of(TestScenes.plane(500, -5, -5, 5, 5, i)))
                .withPrimitives(
                    List.of(TestScenes.primitive(i + 1, MapClass.DIVIDER, 0, 0, 0, 5, 5, 0)))
                .withSelection(Set.of((long) i + 1), 0)
                .withGrid(1, 0, true)
                .withAreaSelection(Polyline.of(0, 0, 0, 1, 0, 0, 1, 1, 0));
        v.setScene(scene);
        v.setEyeDomeLighting(i % 2 == 0 ? EyeDomeLighting.DEFAULT : null);
        v.render().join();
        v.pick(32, 24).join();
        if (i % 10 == 0) {
          v.resize(64 + i, 48);
        }
        v.setScene(SceneData.EMPTY);
        v.render().join();
      }
      v.resize(64, 48);
      v.setEyeDomeLighting(null);
      v.render().join();
      assertThat(v.liveGlObjects()).isEqualTo(baseline);
      assertThat(v.glErrors()).isEmpty();
    }
  }

  @Test
  void closeFreesEverything() {
    Viewport v = Viewport.start(32, 32);
    v.setScene(SceneData.EMPTY.withClouds(List.of(TestScenes.plane(100, 0, 0, 1, 1, 0))));
    v.render().join();
    assertThat(v.liveGlObjects()).isGreaterThan(0);
    v.close(); // throws if any GL object were left alive
    assertThat(v.render()).isCompletedExceptionally();
  }
}
