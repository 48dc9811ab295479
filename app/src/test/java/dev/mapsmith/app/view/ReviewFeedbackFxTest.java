package dev.mapsmith.app.view;

import static dev.mapsmith.app.testing.LabelerProjects.A;
import static dev.mapsmith.app.testing.LabelerProjects.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mapsmith.app.viewmodel.AttributeRow;
import dev.mapsmith.core.geom.Bounds2;
import java.util.Optional;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Issue 22, point 5: a review note (F) is shown in the inspector and undone by Ctrl+Z; the
 * inspector's pattern choice is an undoable edit; N centres the top view on the next automatic
 * primitive.
 */
class ReviewFeedbackFxTest extends LabelerFxTest {

  private Optional<String> attribute(long id, String key) throws Exception {
    return TestFiles.attribute(w, id, key);
  }

  @Test
  void notesAndPatternsAreShownEditedAndUndone(FxRobot robot) throws Exception {
    w.openProject(robot, dir);
    w.click(robot, 20, 0);
    w.key(robot, KeyCode.F);
    robot.clickOn(robot.lookup("#text-dialog .text-field").queryAs(TextField.class));
    robot.write("check the paint");
    w.key(robot, KeyCode.ENTER);
    w.fileWhen(m -> m.get(w.id(A)).orElseThrow().attributes().get("note").isPresent());
    assertThat(attribute(w.id(A), "note")).contains("check the paint");
    assertThat(rows(robot)).contains(new AttributeRow("note", "check the paint", true));
    w.key(robot, KeyCode.CONTROL, KeyCode.Z);
    w.fileWhen(m -> m.get(w.id(A)).orElseThrow().attributes().get("note").isEmpty());
    assertThat(attribute(w.id(A), "note")).isEmpty();
    assertThat(rows(robot)).contains(new AttributeRow("note", "", true));

    // the pattern, chosen in the inspector: one undoable edit
    ComboBox<?> patterns = robot.lookup("#inspector-pattern").queryAs(ComboBox.class);
    assertThat(patterns.isVisible()).isTrue();
    assertThat(patterns.getValue()).isEqualTo("solid");
    LabelerWindow.onFx(
        () -> {
          patterns.requestFocus(); // as Tab would (the headless robot's click may miss the pane)
          return null;
        });
    w.key(robot, KeyCode.DOWN); // the next pattern: dashed
    w.fileWhen(
        m -> m.get(w.id(A)).orElseThrow().attributes().get("subtype").get().equals("dashed"));
    assertThat(attribute(w.id(A), "subtype")).contains("dashed");
    assertThat(rows(robot)).contains(new AttributeRow("subtype", "dashed", true));
    w.key(robot, KeyCode.CONTROL, KeyCode.Z);
    w.fileWhen(m -> m.get(w.id(A)).orElseThrow().attributes().get("subtype").get().equals("solid"));
    assertThat(attribute(w.id(A), "subtype")).contains("solid");
    assertThat(robot.lookup("#inspector-pattern").queryAs(ComboBox.class).getValue())
        .isEqualTo("solid");
  }

  @Test
  void nextCentresTheTopViewOnThePrimitive(FxRobot robot) throws Exception {
    w.openProject(robot, dir);
    w.click(robot, 20, 0);
    w.key(robot, KeyCode.N);
    assertThat(w.selectedId()).isEqualTo(w.id(B));
    Bounds2 b =
        w.ctx.viewModel().mapProperty().get().get(w.id(B)).orElseThrow().geometry().bounds();
    Point2D centre = w.screen((b.minX() + b.maxX()) / 2, (b.minY() + b.maxY()) / 2);
    javafx.geometry.Bounds view = LabelerWindow.onFx(() -> w.plan().screenBounds());
    assertThat(centre.getX()).isCloseTo(view.getCenterX(), within(1.0));
    assertThat(centre.getY()).isCloseTo(view.getCenterY(), within(1.0));
  }

  @SuppressWarnings("unchecked")
  private static java.util.List<AttributeRow> rows(FxRobot robot) {
    return robot.lookup("#inspector-table").queryAs(TableView.class).getItems();
  }

  /** The project file, read back. */
  private static final class TestFiles {
    static Optional<String> attribute(LabelerWindow w, long id, String key) {
      return dev.mapsmith.app.testing.TestProjects.readBack(w.file)
          .get(id)
          .orElseThrow()
          .attributes()
          .get(key);
    }
  }
}
