package dev.mapsmith.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.app.gui.AppContext;
import dev.mapsmith.app.port.Services;
import dev.mapsmith.app.port.ViewportPort;
import dev.mapsmith.app.prefs.AppPreferences;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.app.testing.CurationProjects;
import dev.mapsmith.app.testing.TestDrives;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
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
 * Issue 22, point 8, as a labeler does it: the Training set tab of a project with one drive (a
 * verified divider, an unreviewed automatic boundary) lists the drive for validation, holds out
 * part of it by default, shows what the export will contain per split with previews, warns about
 * the boundary and leaves its tiles out; ticking "auto" takes it in; Export writes what was shown;
 * ticking the drive makes it all validation.
 */
@ExtendWith(ApplicationExtension.class)
class CurationFxTest {

  private static final Pattern ROW =
      Pattern.compile("^\\w+\\s+(\\d+) tiles \\((\\d+) with labels\\)\\s+(\\d+) primitives.*");
  private static final Pattern LEFT_OUT = Pattern.compile(" in (\\d+) of (\\d+) tiles");

  @TempDir static Path dir;
  private AppContext ctx;

  @Start
  void start(Stage stage) throws Exception {
    Services wired = Services.wired();
    Services s =
        new Services(
            wired.drives(),
            wired.demo(),
            ViewportPort.missing("no renderer in this test"),
            wired.projects(),
            wired.reconstruction());
    ctx = new AppContext(s, AppPreferences.load(Files.createTempDirectory("prefs")), false);
    ctx.window().setDialogsEnabled(false);
    stage.setScene(ctx.window().createScene(1280, 900));
    stage.show();
  }

  @AfterEach
  void close() throws Exception {
    WaitForAsyncUtils.asyncFx(ctx::close).get(10, TimeUnit.SECONDS);
  }

  @Test
  void theTabShowsWhatTheExportWillContainWarnsAndExportsIt(FxRobot robot) throws Exception {
    Path file = dir.resolve("curation.mapsmith");
    String drive = CurationProjects.write(file, TestDrives.sharedStraight());
    Job open =
        WaitForAsyncUtils.asyncFx(() -> ctx.viewModel().open(file)).get(10, TimeUnit.SECONDS);
    assertThat(open.done().get(20, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.SUCCEEDED);
    waitFor(() -> !ctx.viewModel().trainingPlan().drives().isEmpty());

    robot.clickOn("Training set");
    waitFor(() -> !text(robot, "#plan-train").isEmpty());

    // the project's drive is offered for validation; one drive: its end is held out by default
    CheckBox driveBox = checkBox(robot, drive);
    assertThat(driveBox.isSelected()).isFalse();
    assertThat(text(robot, "#plan-split-rule")).contains("held out").contains(drive);
    int train = number(robot, "#plan-train", 1), val = number(robot, "#plan-val", 1);
    assertThat(train).isPositive();
    assertThat(val).isPositive();
    assertThat(number(robot, "#plan-train", 3)).as("the verified divider").isEqualTo(1);

    // the unreviewed boundary: a warning with its count and what the export does
    Label warning = robot.lookup("#plan-warning").queryAs(Label.class);
    assertThat(warning.isVisible()).isTrue();
    assertThat(warning.getText())
        .startsWith("1 unreviewed automatic primitive lies in")
        .contains("left out");
    Matcher m = LEFT_OUT.matcher(warning.getText());
    assertThat(m.find()).isTrue();
    int leftOut = Integer.parseInt(m.group(1)), covered = Integer.parseInt(m.group(2));
    assertThat(train + val + leftOut).isEqualTo(covered);

    // a preview of a few tiles: five channels and the mask each
    int images = robot.lookup("#plan-previews .image-view").queryAll().size();
    assertThat(images).isPositive();
    assertThat(images % 6).isZero();

    // take the automatic primitives in: no warning, every covered tile is written
    robot.clickOn(checkBox(robot, "auto"));
    waitFor(() -> !warning.isVisible());
    int trainAll = number(robot, "#plan-train", 1), valAll = number(robot, "#plan-val", 1);
    assertThat(trainAll + valAll).isEqualTo(covered);
    assertThat(text(robot, "#plan-train")).contains("boundary 1").contains("solid_divider 1");

    // Export writes what the tab showed
    robot.clickOn("#curation-folder").write(dir.toString());
    robot.clickOn("#curation-name").write("lanes-v1");
    robot.clickOn("#curation-export");
    Path manifest = dir.resolve("lanes-v1").resolve("manifest.json");
    waitFor(() -> Files.exists(manifest));
    JsonNode json = new ObjectMapper().readTree(manifest.toFile());
    assertThat(json.at("/splits/train").size()).isEqualTo(trainAll);
    assertThat(json.at("/splits/val").size()).isEqualTo(valAll);

    // the drive chosen for validation: every tile goes there
    robot.clickOn(driveBox);
    waitFor(() -> number(robot, "#plan-train", 1) == 0);
    assertThat(number(robot, "#plan-val", 1)).isEqualTo(covered);
    assertThat(text(robot, "#plan-split-rule")).contains("by drive").contains(drive);
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  /** Group {@code g} of a split row: 1 tiles, 2 tiles with labels, 3 primitives. */
  private static int number(FxRobot robot, String id, int g) {
    Matcher m = ROW.matcher(text(robot, id));
    assertThat(m.matches()).as(text(robot, id)).isTrue();
    return Integer.parseInt(m.group(g));
  }

  private static CheckBox checkBox(FxRobot robot, String text) {
    return robot.lookup("#curation .check-box").queryAllAs(CheckBox.class).stream()
        .filter(c -> c.getText().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check box " + text));
  }

  private static void waitFor(BooleanSupplier done) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!WaitForAsyncUtils.asyncFx(done::getAsBoolean).get(10, TimeUnit.SECONDS)) {
      assertThat(System.nanoTime()).as("timed out waiting").isLessThan(deadline);
      Thread.sleep(50);
    }
  }
}
