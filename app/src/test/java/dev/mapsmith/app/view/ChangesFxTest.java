package dev.mapsmith.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.app.ops.ChangeRunJson;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.app.testing.ChangeRuns;
import dev.mapsmith.app.testing.LabelerProjects;
import dev.mapsmith.app.viewmodel.ChangeRow;
import dev.mapsmith.labeling.Project;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 19 in the window: the project's change run in the Changes tab, sorted by confidence; a
 * click on a change draws prior (orange) and found (cyan) geometry over the tab's top view and
 * selects the element; Accept moves the line in the file, Ctrl+Z takes it back.
 */
class ChangesFxTest extends LabelerFxTest {

  @Test
  void aChangeIsShownOverTheTopViewAcceptedAndUndone(FxRobot robot) throws Exception {
    w.file = dir.resolve("changes-" + System.nanoTime() + ".mapsmith");
    w.ids = LabelerProjects.write(w.file);
    try (Project p = Project.open(w.file)) {
      p.saveChangeRun(ChangeRunJson.write(ChangeRuns.onLabelerProject(p.map(), w.ids)));
    }
    Job job = LabelerWindow.onFx(() -> w.ctx.viewModel().open(w.file));
    assertThat(job.done().get(10, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.SUCCEEDED);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("Changes");
    WaitForAsyncUtils.waitForFxEvents();

    Node tab = robot.lookup("#changes-tab").query();
    @SuppressWarnings("unchecked")
    TableView<ChangeRow> table = robot.from(tab).lookup("#changes-table").queryAs(TableView.class);
    assertThat(table.getItems()) // the changes, most confident first; confirmed is filtered out
        .extracting(ChangeRow::verdictKey)
        .containsExactly("moved", "removed", "attribute_changed", "added");

    robot.clickOn(cell(robot, "moved"));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(w.selectedId()).isEqualTo(w.id(LabelerProjects.A));
    Canvas overlay = robot.from(tab).lookup("#change-overlay").queryAs(Canvas.class);
    PlanCoordinates top = (PlanCoordinates) robot.from(tab).lookup("#changes-top-view").query();
    // the found piece (y = 1, x 10..30) in cyan, the prior line (y = 0) in orange dashes
    assertThat(colourNear(overlay, top, 20, 1, ChangeOverlay.FOUND)).isTrue();
    assertThat(colourNear(overlay, top, 20, 0, ChangeOverlay.PRIOR)).isTrue();
    assertThat(colourNear(overlay, top, 20, 6, ChangeOverlay.FOUND)).isFalse();

    robot.clickOn("#changes-accept");
    w.fileWhen(m -> m.get(w.id(LabelerProjects.A)).orElseThrow().geometry().y(0) == 1.0);
    assertThat(LabelerWindow.onFx(() -> table.getItems().get(0).decision())).isEqualTo("accepted");

    w.key(robot, KeyCode.CONTROL, KeyCode.Z);
    w.fileWhen(m -> m.get(w.id(LabelerProjects.A)).orElseThrow().geometry().y(0) == 0.0);
    assertThat(LabelerWindow.onFx(() -> table.getItems().get(0).decision())).isEqualTo("pending");
  }

  private static Node cell(FxRobot robot, String text) {
    return robot
        .lookup((Node n) -> n instanceof TableCell<?, ?> c && text.equals(c.getText()))
        .query();
  }

  /** Whether the overlay has {@code colour} within 4 px of where world (x, y) is drawn. */
  private static boolean colourNear(
      Canvas overlay, PlanCoordinates top, double x, double y, Color colour) throws Exception {
    return LabelerWindow.onFx(
        () -> {
          WritableImage img = overlay.snapshot(null, null);
          Point2D p = overlay.screenToLocal(top.worldToScreen(x, y));
          for (int dx = -4; dx <= 4; dx++) {
            for (int dy = -4; dy <= 4; dy++) {
              int px = (int) Math.round(p.getX()) + dx, py = (int) Math.round(p.getY()) + dy;
              if (px < 0 || py < 0 || px >= img.getWidth() || py >= img.getHeight()) {
                continue;
              }
              Color c = img.getPixelReader().getColor(px, py);
              if (c.getOpacity() > 0.5
                  && Math.abs(c.getRed() - colour.getRed()) < 0.2
                  && Math.abs(c.getGreen() - colour.getGreen()) < 0.2
                  && Math.abs(c.getBlue() - colour.getBlue()) < 0.2) {
                return true;
              }
            }
          }
          return false;
        });
  }
}
