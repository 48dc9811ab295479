package dev.mapsmith.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.app.task.Job;
import dev.mapsmith.app.testing.LabelerProjects;
import dev.mapsmith.app.testing.TestProjects;
import dev.mapsmith.app.viewmodel.ExplorerItem;
import dev.mapsmith.app.viewmodel.ExplorerNode;
import dev.mapsmith.core.map.Primitive;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 22, point 6 (the tree): the explorer keeps what the user opened through edits and their
 * undo, and follows a selection made in the top view: it opens to the primitive's leaf, selects it
 * and scrolls it into sight, and follows it to its new group when an edit moves it there.
 */
class ExplorerFollowFxTest extends LabelerFxTest {

  @Test
  void theTreeFollowsAClickInTheTopViewAndKeepsWhatIsOpenThroughAnEditAndItsUndo(FxRobot robot)
      throws Exception {
    w.openProject(robot, dir);
    @SuppressWarnings("unchecked")
    TreeView<ExplorerNode> tree = robot.lookup(".explorer").queryAs(TreeView.class);
    robot.doubleClickOn(cell(robot, "boundary (1)")); // the user opens the boundary class
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(open(tree, "boundary (1)")).isTrue();
    assertThat(open(tree, "divider (4)")).as("not opened yet").isFalse();

    long b = w.id(LabelerProjects.B);
    w.click(robot, 60, 0); // on divider B in the top view
    assertThat(w.selectedId()).isEqualTo(b);
    assertThat(selectedLeaf(tree)).as("the tree selects B's leaf").isEqualTo(b);
    assertThat(parentText(tree)).isEqualTo("auto (4)");
    assertThat(open(tree, "divider (4)")).as("opened to it").isTrue();
    assertThat(open(tree, "auto (4)")).isTrue();
    assertThat(rowInSight(tree)).as("B's row is in sight").isTrue();

    w.key(robot, KeyCode.A); // accept B: it moves to the divider's verified group
    waitUntil(() -> "verified (1)".equals(parentText(tree)));
    assertThat(selectedLeaf(tree)).as("the tree follows B to its new group").isEqualTo(b);
    assertThat(open(tree, "boundary (1)")).as("still open after the edit").isTrue();
    assertThat(open(tree, "divider (4)")).isTrue();
    assertThat(open(tree, "auto (3)")).isTrue();
    assertThat(rowInSight(tree)).isTrue();

    w.key(robot, KeyCode.CONTROL, KeyCode.Z); // undo: B back in auto, verified emptied
    waitUntil(() -> "auto (4)".equals(parentText(tree)));
    assertThat(selectedLeaf(tree)).isEqualTo(b);
    assertThat(find(tree, "verified (")).as("the emptied group goes").isNull();
    assertThat(open(tree, "boundary (1)")).as("still open after the undo").isTrue();
    assertThat(open(tree, "divider (4)")).isTrue();
    assertThat(open(tree, "auto (4)")).isTrue();

    robot.doubleClickOn(cell(robot, "boundary (1)")); // shut by the user, it stays shut
    w.click(robot, 60, 0.0 - 4); // D, another divider
    assertThat(selectedLeaf(tree)).isEqualTo(w.id(LabelerProjects.D));
    w.key(robot, KeyCode.A);
    waitUntil(() -> "verified (1)".equals(parentText(tree)));
    assertThat(open(tree, "boundary (1)")).isFalse();
  }

  @Test
  void aPrimitiveClickedFarDownALargeGroupIsScrolledIntoSight(FxRobot robot) throws Exception {
    Path file = TestProjects.grid(dir.resolve("grid-" + System.nanoTime() + ".mapsmith"), 1500);
    Job job = LabelerWindow.onFx(() -> w.ctx.viewModel().open(file));
    assertThat(job.done().get(10, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.SUCCEEDED);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("Top view");
    w.key(robot, KeyCode.DIGIT0);
    @SuppressWarnings("unchecked")
    TreeView<ExplorerNode> tree = robot.lookup(".explorer").queryAs(TreeView.class);
    w.click(robot, 4990, 49); // the far corner of the map: a primitive of the last row
    long picked = w.selectedId();
    assertThat(picked).as("a primitive of the last row").isGreaterThan(1400);
    assertThat(selectedLeaf(tree)).isEqualTo(picked);
    assertThat(parentText(tree)).as("its page of ids").startsWith("ids 14");
    assertThat(rowInSight(tree)).isTrue();
    assertThat(LabelerWindow.onFx(() -> tree.getSelectionModel().getSelectedIndex()))
        .as("far below the tree's first screen")
        .isGreaterThan(40);
  }

  private static Node cell(FxRobot robot, String text) {
    return robot.lookup((Node n) -> n instanceof TreeCell<?> c && text.equals(c.getText())).query();
  }

  private static boolean open(TreeView<ExplorerNode> tree, String text) throws Exception {
    return LabelerWindow.onFx(() -> find(tree, text).isExpanded());
  }

  private static TreeItem<ExplorerNode> find(TreeView<ExplorerNode> tree, String prefix)
      throws Exception {
    return LabelerWindow.onFx(() -> find(tree.getRoot(), prefix));
  }

  private static TreeItem<ExplorerNode> find(TreeItem<ExplorerNode> item, String prefix) {
    if (ExplorerItem.textOf(item).startsWith(prefix)) {
      return item;
    }
    if (!item.isExpanded()) { // only what the tree shows
      return null;
    }
    for (TreeItem<ExplorerNode> c : item.getChildren()) {
      TreeItem<ExplorerNode> hit = find(c, prefix);
      if (hit != null) {
        return hit;
      }
    }
    return null;
  }

  private static long selectedLeaf(TreeView<ExplorerNode> tree) throws Exception {
    return LabelerWindow.onFx(
        () -> {
          TreeItem<ExplorerNode> s = tree.getSelectionModel().getSelectedItem();
          return s != null && s.getValue().payload() instanceof Primitive p ? p.id() : 0L;
        });
  }

  private static String parentText(TreeView<ExplorerNode> tree) throws Exception {
    return LabelerWindow.onFx(
        () -> {
          TreeItem<ExplorerNode> s = tree.getSelectionModel().getSelectedItem();
          return s == null || s.getParent() == null ? "" : ExplorerItem.textOf(s.getParent());
        });
  }

  /** Whether the selected row lies whole between the first and last rows the tree shows. */
  private static boolean rowInSight(TreeView<ExplorerNode> tree) throws Exception {
    return LabelerWindow.onFx(
        () -> {
          int row = tree.getSelectionModel().getSelectedIndex();
          VirtualFlow<?> flow = (VirtualFlow<?>) tree.lookup(".virtual-flow");
          return row >= flow.getFirstVisibleCell().getIndex()
              && row <= flow.getLastVisibleCell().getIndex();
        });
  }

  private static void waitUntil(Callable<Boolean> done) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!LabelerWindow.onFx(done) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(LabelerWindow.onFx(done)).as("in time").isTrue();
  }
}
