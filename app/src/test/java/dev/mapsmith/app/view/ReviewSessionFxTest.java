package dev.mapsmith.app.view;

import static dev.mapsmith.app.testing.LabelerProjects.A;
import static dev.mapsmith.app.testing.LabelerProjects.B;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.app.bench.ReviewScript;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The review-session benchmark's script ({@link ReviewScript}) on the six-primitive fixture, so
 * that CI keeps it working (no timing here; the figures are in docs/BENCHMARKS.md): N + A, N + M
 * drag + V, N + Delete, L + clicks + Enter leave nothing automatic, and the file says so.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewSessionFxTest {

  @TempDir static Path dir;
  private LabelerWindow w;
  private Stage stage;

  @Start
  void start(Stage stage) throws Exception {
    this.stage = stage;
    w = new LabelerWindow(stage);
  }

  @AfterEach
  void close() throws Exception {
    w.close();
  }

  @Test
  void aScriptedSessionReviewsEveryAutomaticPrimitive(FxRobot robot) throws Exception {
    w.openProject(robot, dir);
    ReviewScript.Plan plan = ReviewScript.Plan.scaled(6);
    assertThat(plan).isEqualTo(new ReviewScript.Plan(4, 1, 1, 1));
    ReviewScript script =
        new ReviewScript(
            stage.getScene(),
            w.ctx.viewModel(),
            w.plan(),
            new ReviewScript.OnFx() {
              @Override
              public <T> T call(Callable<T> work) throws Exception {
                return LabelerWindow.onFx(work);
              }
            });
    ReviewScript.Outcome out = script.run(plan);
    WaitForAsyncUtils.waitForFxEvents();
    // 0 (fit), 6 x N, M + drag + V, Delete, 4 x A, L + 3 clicks + Enter + V
    assertThat(out.events()).isEqualTo(21);
    assertThat(out.autoLeft()).isZero();
    LaneMap file = w.fileWhen(m -> m.primitives().size() == 6);
    assertThat(file.primitives()).extracting(Primitive::review).doesNotContain(ReviewState.AUTO);
    assertThat(file.get(w.id(B))).as("deleted").isEmpty();
    Primitive fixed = file.get(w.id(A)).orElseThrow();
    assertThat(fixed.review()).isEqualTo(ReviewState.CORRECTED);
    assertThat(fixed.geometry().x(0)).as("the dragged vertex").isGreaterThan(0.1);
    assertThat(file.primitives().stream().filter(p -> !w.ids.contains(p.id())))
        .as("the drawn line")
        .singleElement()
        .satisfies(p -> assertThat(p.geometry().size()).isEqualTo(3));
  }
}
