package dev.mapsmith.viewer3d;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.geom.Point3;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The point budget holds, and detail refines while the camera rests. */
class LevelOfDetailTest {

  static final int POINTS = 300_000;
  static final long BUDGET = 40_000;
  static Viewport viewport;

  @BeforeAll
  static void start() {
    viewport =
        Viewport.start(
            160, 120, ViewportOptions.DEFAULTS.withPointBudget(BUDGET).withDebugContext(true));
    viewport.setScene(
        SceneData.EMPTY.withClouds(List.of(TestScenes.plane(POINTS, -200, -200, 200, 200, 0))));
  }

  @AfterAll
  static void stop() {
    viewport.close();
  }

  @AfterEach
  void noGlErrors() {
    assertThat(viewport.glErrors()).as("GL errors").isEmpty();
  }

  @Test
  void drawnPointsStayWithinBudgetFromEveryView() {
    List<CameraState> views =
        List.of(
            CameraState.top(0, 0, 300),
            CameraState.top(0, 0, 20),
            CameraState.orbit(new Point3(0, 0, 0), 600),
            CameraState.orbit(new Point3(50, 50, 0), 10),
            CameraState.orbit(new Point3(0, 0, 0), 100).withMode(CameraMode.FLY));
    for (CameraState c : views) {
      viewport.setCamera(c);
      Frame moving = viewport.render().join();
      Frame rested = viewport.renderComplete().join();
      assertThat(moving.pointsTotal()).isEqualTo(POINTS);
      assertThat(moving.pointsDrawn()).as("moving %s", c).isPositive().isLessThanOrEqualTo(BUDGET);
      assertThat(rested.pointsDrawn()).as("rested %s", c).isLessThanOrEqualTo(BUDGET);
      assertThat(rested.complete()).isTrue();
    }
  }

  @Test
  void restingCameraRefinesToTheFullBudget() {
    // The whole cloud fills the view, and it wants more points than a budget of 3000.
    viewport.setPointBudget(3000);
    try {
      viewport.setCamera(CameraState.top(0, 0, 200));
      Frame first = viewport.render().join();
      Frame second = viewport.render().join();
      Frame third = viewport.render().join();
      assertThat(first.complete()).isFalse();
      assertThat(second.pointsDrawn()).isGreaterThan(first.pointsDrawn());
      assertThat(third.pointsDrawn()).isGreaterThan(second.pointsDrawn());
      assertThat(third.complete()).isTrue();
      assertThat(third.pointsDrawn()).isBetween(2700L, 3000L);
    } finally {
      viewport.setPointBudget(BUDGET);
    }
  }

  @Test
  void closeUpDrawsOnlyWhatIsInView() {
    viewport.setCamera(CameraState.top(150, 150, 10));
    Frame close = viewport.renderComplete().join();
    // The view sees 26 × 20 m of 400 × 400 m; only the few grid chunks (about 66 m wide) that
    // touch it are drawn.
    assertThat(close.pointsDrawn()).isPositive().isLessThan(POINTS / 8);
  }

  @Test
  void rawModeDrawsEveryPoint() {
    viewport.setCamera(CameraState.top(0, 0, 300));
    viewport.setRawPoints(true);
    try {
      assertThat(viewport.render().join().pointsDrawn()).isEqualTo(POINTS);
    } finally {
      viewport.setRawPoints(false);
    }
  }
}
