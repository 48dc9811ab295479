package dev.mapsmith.app.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mapsmith.app.viewmodel.Shortcut;
import dev.mapsmith.app.viewmodel.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 22, point 6 and the F1 sheet: a wheel notch zooms about 18 % about the cursor, 0 and the
 * Fit button fit the top view, every toolbar button's tooltip names its key, every bound key and
 * menu accelerator is on the F1 sheet, Right in an open menu does not step the timeline, labels
 * keep their underscores.
 */
class NavigationFxTest extends LabelerFxTest {

  @Test
  void wheelZoomsAboutTheCursorAndFitComesBack(FxRobot robot) throws Exception {
    w.openProject(robot, dir);
    double fitted = w.pixelsPerMetre();
    Point2D at = w.screen(70, 4);
    robot.moveTo(at);
    w.wheel(at, 1);
    double zoomed = w.pixelsPerMetre();
    assertThat(zoomed / fitted).as("one notch in").isBetween(1.12, 1.25);
    Point2D under = w.screen(70, 4);
    assertThat(under.getX())
        .as("the point under the cursor stays")
        .isCloseTo(at.getX(), within(2.0));
    assertThat(under.getY()).isCloseTo(at.getY(), within(2.0));

    w.wheel(at, 3);
    assertThat(w.pixelsPerMetre()).isGreaterThan(zoomed * 1.5);
    w.key(robot, KeyCode.DIGIT0);
    assertThat(w.pixelsPerMetre()).isCloseTo(fitted, within(1e-6));
    w.wheel(at, -2);
    robot.clickOn("#top-view-fit");
    assertThat(w.pixelsPerMetre()).isCloseTo(fitted, within(1e-6));
  }

  @Test
  void everyButtonNamesItsKeyAndEveryKeyIsOnTheSheet(FxRobot robot) throws Exception {
    for (Tool t : Tool.values()) {
      String id = "#tool-" + t.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      ToggleButton b = robot.lookup(id).queryAs(ToggleButton.class);
      Tooltip tip = (Tooltip) b.getParent().getProperties().get("javafx.scene.control.Tooltip");
      assertThat(tip).as("tooltip of %s", id).isNotNull();
      assertThat(tip.getText()).contains("(" + t.key() + ")");
    }
    assertThat(robot.lookup("#top-view-fit").queryAs(Button.class).getTooltip().getText())
        .contains("(0)");
    assertThat(robot.lookup("#top-view-lidar").queryAs(ToggleButton.class).getTooltip().getText())
        .contains("(U)");
    assertThat(
            robot
                .lookup("#top-view-channel")
                .queryAs(javafx.scene.control.ComboBox.class)
                .getTooltip()
                .getText())
        .contains("(C)");
    assertThat(robot.lookup("#top-view-snap").queryAs(ToggleButton.class).getTooltip().getText())
        .contains("(G)");
    assertThat(robot.lookup("#job-cancel").queryAs(Button.class).getTooltip().getText())
        .contains("(Escape)");

    List<KeyCombination> onSheet =
        Shortcut.all().stream()
            .filter(Shortcut::isKey)
            .map(s -> KeyCombination.valueOf(s.keys()))
            .toList();
    assertThat(w.ctx.window().boundKeys()).isNotEmpty();
    assertThat(onSheet).containsAll(w.ctx.window().boundKeys());
    MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
    for (Menu m : bar.getMenus()) {
      for (MenuItem item : m.getItems()) {
        if (item.getAccelerator() != null) {
          assertThat(onSheet)
              .as("accelerator of %s", item.getText())
              .contains(item.getAccelerator());
        }
      }
    }
    // the sheet itself shows each shortcut's key and action
    w.key(robot, KeyCode.F1);
    Window sheet =
        robot.listTargetWindows().stream()
            .filter(x -> x instanceof Stage s && "Keyboard shortcuts".equals(s.getTitle()))
            .findFirst()
            .orElseThrow();
    List<String> texts =
        robot.from(sheet.getScene().getRoot()).lookup(".label").queryAllAs(Labeled.class).stream()
            .map(Labeled::getText)
            .toList();
    for (Shortcut s : Shortcut.all()) {
      assertThat(texts).contains(s.display(), s.action());
    }
    WaitForAsyncUtils.asyncFx(() -> ((Stage) sheet).close()).get(5, TimeUnit.SECONDS);
  }

  @Test
  void rightInAnOpenMenuLeavesTheTimelineAndUnderscoresStay(FxRobot robot) throws Exception {
    Path drive = Files.createDirectories(dir.resolve("drive_2026_01_15"));
    LabelerWindow.onFx(() -> w.ctx.viewModel().open(drive)).done().get(10, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn("Edit");
    w.key(robot, KeyCode.RIGHT);
    assertThat(w.ctx.viewModel().timeline().frameProperty().get()).isZero();
    w.key(robot, KeyCode.ESCAPE);
    w.key(robot, KeyCode.ESCAPE);
    w.key(robot, KeyCode.RIGHT);
    assertThat(w.ctx.viewModel().timeline().frameProperty().get()).isEqualTo(1);

    robot.clickOn("Training set");
    CheckBox ped =
        robot.lookup(".check-box").queryAllAs(CheckBox.class).stream()
            .filter(c -> c.getText().equals("ped_crossing"))
            .findFirst()
            .orElseThrow();
    Node text = ped.lookup(".text");
    assertThat(((javafx.scene.text.Text) text).getText()).isEqualTo("ped_crossing");
  }
}
