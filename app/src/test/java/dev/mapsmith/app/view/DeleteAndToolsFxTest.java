package dev.mapsmith.app.view;

import static dev.mapsmith.app.testing.LabelerProjects.A;
import static dev.mapsmith.app.testing.LabelerProjects.B;
import static dev.mapsmith.app.testing.LabelerProjects.C;
import static dev.mapsmith.app.testing.LabelerProjects.D;
import static dev.mapsmith.app.testing.LabelerProjects.E;
import static dev.mapsmith.app.testing.LabelerProjects.P;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 22, points 3, 4 and 9 by keys and clicks: Delete, Backspace, Edit > Delete and the context
 * menu delete one or many selected primitives, undoable; tools act on what is clicked; a drawn
 * primitive is selected; a class change that opens a polygon asks first; Ctrl+Y redoes; Ctrl+R over
 * reviewed work asks first.
 */
class DeleteAndToolsFxTest extends LabelerFxTest {

  @Test
  void deleteOneOrManyFromKeysMenuAndContextMenuAndUndo(FxRobot robot) throws Exception {
    w.openProject(robot, dir);
    // two selected by Shift+click, Delete: both gone in one step, Ctrl+Z brings both back
    w.click(robot, 20, 0);
    w.shiftClick(robot, 70, 0);
    w.key(robot, KeyCode.DELETE);
    LaneMap gone = w.fileWhen(m -> m.get(w.id(A)).isEmpty());
    assertThat(gone.get(w.id(A))).isEmpty();
    assertThat(gone.get(w.id(B))).isEmpty();
    assertThat(gone.primitives()).hasSize(4);
    assertThat(w.status(robot)).isEqualTo("done: delete 2 primitives");
    assertThat(w.selectedId()).isZero();
    w.key(robot, KeyCode.CONTROL, KeyCode.Z);
    assertThat(w.fileWhen(m -> m.primitives().size() == 6).primitives()).hasSize(6);
    // Ctrl+Y redoes (and Ctrl+Z again)
    w.key(robot, KeyCode.CONTROL, KeyCode.Y);
    assertThat(w.fileWhen(m -> m.primitives().size() == 4).primitives()).hasSize(4);
    w.key(robot, KeyCode.CONTROL, KeyCode.Z);
    w.fileWhen(m -> m.primitives().size() == 6);

    // Backspace on one
    w.click(robot, 70, 4);
    w.key(robot, KeyCode.BACK_SPACE);
    assertThat(w.fileWhen(m -> m.get(w.id(C)).isEmpty()).get(w.id(C))).isEmpty();

    // Edit > Delete selected
    w.click(robot, 70, -4);
    robot.clickOn("Edit");
    robot.clickOn("#delete");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(w.fileWhen(m -> m.get(w.id(D)).isEmpty()).get(w.id(D))).isEmpty();

    // right-click on an unselected line: it is selected, the context menu deletes it
    robot.clickOn(w.screen(80, 12), MouseButton.SECONDARY);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(w.selectedId()).isEqualTo(w.id(E));
    robot.clickOn("#context-delete");
    WaitForAsyncUtils.waitForFxEvents();
    LaneMap left = w.fileWhen(m -> m.get(w.id(E)).isEmpty());
    assertThat(left.primitives()).extracting(Primitive::id).containsOnly(w.id(A), w.id(B), w.id(P));
  }

  @Test
  void toolsActOnWhatIsClickedAndANewPrimitiveIsSelected(FxRobot robot) throws Exception {
    w.openProject(robot, dir);
    // A is selected; D on a vertex of the unselected line E deletes E's vertex and selects E
    w.click(robot, 20, 0);
    w.key(robot, KeyCode.D);
    w.click(robot, 70, 12); // E's second vertex
    assertThat(
            w.fileWhen(m -> m.get(w.id(E)).orElseThrow().geometry().size() == 4)
                .get(w.id(E))
                .orElseThrow()
                .geometry()
                .size())
        .isEqualTo(4);
    assertThat(w.selectedId()).isEqualTo(w.id(E));
    assertThat(w.fileWhen(m -> true).get(w.id(A)).orElseThrow().geometry().size()).isEqualTo(5);
    // D between vertices says why
    w.click(robot, 25, 0);
    assertThat(w.status(robot)).contains("click on a vertex of #" + w.id(A));

    // a click inside the polygon selects it, T opens its class dialog; a line class asks first
    w.key(robot, KeyCode.V);
    w.click(robot, 15, 11);
    assertThat(w.selectedId()).isEqualTo(w.id(P));
    w.key(robot, KeyCode.T);
    DialogPane classes = robot.lookup("#class-dialog").queryAs(DialogPane.class);
    assertThat(classes.getHeaderText()).isEqualTo("Class of primitive #" + w.id(P));
    @SuppressWarnings("unchecked")
    ComboBox<MapClass> choice = robot.from(classes).lookup(".combo-box").queryAs(ComboBox.class);
    LabelerWindow.onFx(
        () -> {
          choice.getSelectionModel().select(MapClass.STOP_LINE);
          return null;
        });
    robot.clickOn(classes.lookupButton(javafx.scene.control.ButtonType.OK));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(w.prompt(robot).getContentText()).contains("polygon will be opened");
    w.answer(robot, "Cancel");
    assertThat(w.fileWhen(m -> true).get(w.id(P)).orElseThrow().mapClass())
        .isEqualTo(MapClass.PED_CROSSING);

    // draw a polyline (L, two clicks, Enter): the new line is selected
    w.key(robot, KeyCode.L);
    w.click(robot, 30, 30);
    w.click(robot, 50, 30);
    w.key(robot, KeyCode.ENTER);
    LaneMap drawn = w.fileWhen(m -> m.primitives().size() == 7);
    Primitive fresh =
        drawn.primitives().stream().filter(p -> !w.ids.contains(p.id())).findFirst().orElseThrow();
    assertThat(w.selectedId()).isEqualTo(fresh.id());
    assertThat(w.status(robot)).startsWith("done: draw");
  }

  @Test
  void reconstructingOverReviewedWorkAsksFirst(FxRobot robot) throws Exception {
    Path drive = java.nio.file.Files.createDirectories(dir.resolve("drive"));
    assertThat(
            LabelerWindow.onFx(() -> w.ctx.viewModel().open(drive))
                .done()
                .get(10, java.util.concurrent.TimeUnit.SECONDS))
        .isEqualTo(dev.mapsmith.app.task.Job.Outcome.SUCCEEDED);
    w.openProject(robot, dir);
    // nothing reviewed yet: Ctrl+R runs straight away
    w.key(robot, KeyCode.CONTROL, KeyCode.R);
    waitFor(() -> w.reconstructions.get() == 1);
    assertThat(w.prompt(robot)).isNull();
    // accept A, then Ctrl+R asks; Cancel runs nothing, "Reconstruct again" runs it
    w.click(robot, 20, 0);
    w.key(robot, KeyCode.A);
    w.fileWhen(m -> m.get(w.id(A)).orElseThrow().review() == ReviewState.VERIFIED);
    w.key(robot, KeyCode.CONTROL, KeyCode.R);
    assertThat(w.prompt(robot).getContentText()).startsWith("1 primitive in");
    w.answer(robot, "Cancel");
    assertThat(w.reconstructions.get()).isEqualTo(1);
    w.key(robot, KeyCode.CONTROL, KeyCode.R);
    w.answer(robot, "Reconstruct again");
    waitFor(() -> w.reconstructions.get() == 2);
    assertThat(w.reconstructions.get()).isEqualTo(2);
  }

  private static void waitFor(java.util.function.BooleanSupplier done) throws Exception {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!done.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(30);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }
}
