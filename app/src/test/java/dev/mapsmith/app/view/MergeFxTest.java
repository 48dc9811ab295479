package dev.mapsmith.app.view;

import static dev.mapsmith.app.testing.LabelerProjects.A;
import static dev.mapsmith.app.testing.LabelerProjects.B;
import static dev.mapsmith.app.testing.LabelerProjects.C;
import static dev.mapsmith.app.testing.LabelerProjects.D;
import static dev.mapsmith.app.testing.LabelerProjects.E;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.map.LaneMap;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 22, points 1 and 2: Merge (J) by mouse checks class, pattern and the gap between the ends;
 * what it refuses it says in the status bar and a transient notice; a long gap asks first. The log
 * pane scrolls to its newest line.
 */
class MergeFxTest extends LabelerFxTest {

  @Test
  void mergeJoinsOnlyLikeLinesAndSaysWhyNot(FxRobot robot) throws Exception {
    w.openProject(robot, dir);
    w.click(robot, 20, 0); // select A (Select tool)
    assertThat(w.selectedId()).isEqualTo(w.id(A));
    w.key(robot, KeyCode.J);

    // a boundary: refused, the reason in the status bar and the notice, nothing written
    w.click(robot, 70, 4);
    assertThat(w.status(robot)).contains("classes differ").contains("boundary");
    assertThat(w.notice(robot)).isEqualTo(w.status(robot));
    // a dashed divider: refused
    w.click(robot, 70, -4);
    assertThat(w.status(robot)).contains("patterns differ").contains("dashed");
    assertThat(w.editsWhen(1)).as("only the fixture is in the edit log").isEqualTo(1);

    // a solid divider 23 m away: asks; Cancel leaves the map alone
    w.click(robot, 80, 12);
    assertThat(w.prompt(robot)).isNotNull();
    assertThat(w.prompt(robot).getContentText()).contains("23.3 m apart");
    w.answer(robot, "Cancel");
    assertThat(w.prompt(robot)).isNull();
    assertThat(w.editsWhen(1)).isEqualTo(1);

    // the solid divider 1 m on: merged at once, one line of 10 vertices
    w.click(robot, 70, 0);
    LaneMap merged = w.fileWhen(m -> m.get(w.id(B)).isEmpty());
    assertThat(merged.get(w.id(B))).isEmpty();
    assertThat(merged.get(w.id(A)).orElseThrow().geometry().size()).isEqualTo(10);
    assertThat(w.status(robot)).isEqualTo("done: join " + w.id(B) + " into " + w.id(A));

    // the long gap, confirmed this time
    w.click(robot, 80, 12);
    w.answer(robot, "Merge");
    LaneMap long_ = w.fileWhen(m -> m.get(w.id(E)).isEmpty());
    assertThat(long_.get(w.id(E))).isEmpty();
    assertThat(long_.get(w.id(A)).orElseThrow().geometry().size()).isEqualTo(15);
    assertThat(long_.get(w.id(C))).isPresent();
    assertThat(long_.get(w.id(D))).isPresent();
  }

  @Test
  void refusedKeysShowTheirReasonAndTheLogFollowsNewLines(FxRobot robot) throws Exception {
    w.openProject(robot, dir);
    // nothing selected: Delete says why, where the user looks
    w.key(robot, KeyCode.DELETE);
    assertThat(w.status(robot)).startsWith("Delete: select a primitive first");
    assertThat(w.notice(robot)).startsWith("Delete: select a primitive first");
    // a click with a tool where there is nothing
    w.key(robot, KeyCode.I);
    w.click(robot, 50, 30);
    assertThat(w.status(robot)).contains("there is no primitive here");

    @SuppressWarnings("unchecked")
    ListView<String> console = robot.lookup("#log-console").queryAs(ListView.class);
    for (int i = 0; i < 40; i++) {
      robot.type(KeyCode.BACK_SPACE); // nothing selected: a refusal, a log line each
    }
    WaitForAsyncUtils.waitForFxEvents();
    String last = console.getItems().get(console.getItems().size() - 1);
    assertThat(
            robot.lookup("#log-console .list-cell").queryAll().stream()
                .filter(n -> n.isVisible())
                .map(n -> (Object) ((javafx.scene.control.ListCell<?>) n).getItem()))
        .as("the newest log line is on screen")
        .contains(last);
  }
}
