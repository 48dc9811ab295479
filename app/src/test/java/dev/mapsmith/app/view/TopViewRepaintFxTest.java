package dev.mapsmith.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.app.task.Job;
import dev.mapsmith.app.testing.TestProjects;
import dev.mapsmith.core.map.ReviewState;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 16, point 5 (the top view): with 20,000 primitives in the window, a selection repaints no
 * primitive of the map layer, and an edit and its undo repaint only the few primitives around the
 * edited one (counted, not timed); the picture is the same as a whole repaint's.
 */
class TopViewRepaintFxTest extends LabelerFxTest {

  @Test
  void aSelectionAndAnEditRepaintOnlyWhatTheyChanged(FxRobot robot) throws Exception {
    Path file = TestProjects.grid(dir.resolve("grid.mapsmith"), 20_000);
    Job job = LabelerWindow.onFx(() -> w.ctx.viewModel().open(file));
    assertThat(job.done().get(30, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.SUCCEEDED);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("Top view");
    PlanCoordinates.Painted before = painted();
    w.key(robot, KeyCode.DIGIT0); // fit: the whole map in the window, painted whole
    PlanCoordinates.Painted whole = painted().since(before);
    assertThat(whole.primitives())
        .as("a whole paint: every primitive")
        .isGreaterThanOrEqualTo(20_000);
    double canvas =
        LabelerWindow.onFx(() -> w.topNode().getLayoutBounds().getWidth())
            * LabelerWindow.onFx(() -> w.topNode().getLayoutBounds().getHeight());

    before = painted();
    w.click(robot, 2520, 350); // a divider in the middle of the map
    long id = w.selectedId();
    assertThat(id).isPositive();
    assertThat(painted().since(before).primitives())
        .as("selecting paints the layer above only")
        .isZero();

    before = painted();
    w.key(robot, KeyCode.A);
    waitUntilReview(id, ReviewState.VERIFIED);
    PlanCoordinates.Painted edit = painted().since(before);
    assertThat(edit.paints()).isEqualTo(1);
    assertThat(edit.primitives()).as("the edited one and its neighbours").isBetween(1L, 100L);
    assertThat(edit.pixels()).as("a small rectangle").isLessThan(canvas / 500);
    WritableImage partial = snapshot();

    before = painted();
    w.key(robot, KeyCode.CONTROL, KeyCode.Z);
    waitUntilReview(id, ReviewState.AUTO);
    assertThat(painted().since(before).primitives()).isBetween(1L, 100L);

    w.key(robot, KeyCode.A); // again, then a whole repaint to compare with
    waitUntilReview(id, ReviewState.VERIFIED);
    WaitForAsyncUtils.waitForFxEvents();
    partial = snapshot();
    w.key(robot, KeyCode.DIGIT0);
    assertThat(differing(partial, snapshot())).as("pixels unlike a whole repaint's").isZero();
  }

  private PlanCoordinates.Painted painted() throws Exception {
    return LabelerWindow.onFx(() -> w.plan().painted());
  }

  private WritableImage snapshot() throws Exception {
    return LabelerWindow.onFx(() -> w.topNode().snapshot(null, null));
  }

  /**
   * Pixels whose colours differ by more than 2 levels in a channel (lines of one colour overlapping
   * blend in another order in a partial paint, which may round a level differently).
   */
  private static long differing(WritableImage a, WritableImage b) {
    PixelReader ra = a.getPixelReader(), rb = b.getPixelReader();
    long n = 0;
    for (int y = 0; y < (int) a.getHeight(); y++) {
      for (int x = 0; x < (int) a.getWidth(); x++) {
        int p = ra.getArgb(x, y), q = rb.getArgb(x, y);
        for (int shift = 0; shift < 32; shift += 8) {
          if (Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)) > 2) {
            n++;
            break;
          }
        }
      }
    }
    return n;
  }

  private void waitUntilReview(long id, ReviewState state) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline
        && LabelerWindow.onFx(
                () -> w.ctx.viewModel().mapProperty().get().get(id).orElseThrow().review())
            != state) {
      Thread.sleep(20);
    }
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(
            LabelerWindow.onFx(
                () -> w.ctx.viewModel().mapProperty().get().get(id).orElseThrow().review()))
        .isEqualTo(state);
  }
}
