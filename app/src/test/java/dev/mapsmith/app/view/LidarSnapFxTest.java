package dev.mapsmith.app.view;

import static dev.mapsmith.app.testing.LabelerProjects.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mapsmith.app.port.Availability;
import dev.mapsmith.app.port.DriveOpener;
import dev.mapsmith.app.testing.PaintedLineDrive;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.drivelog.DriveLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 22, point 7, by keys and mouse: the drive's lidar shows under the vectors (U hides it, C
 * changes the channel); a vertex of divider B dragged with the Move tool (M) 13 cm short of the
 * painted line is saved on the line's centre; with snapping off (G) it stays where it was dropped.
 */
class LidarSnapFxTest extends LabelerFxTest {

  @Override
  DriveOpener drives() {
    return new DriveOpener() {
      @Override
      public Availability availability() {
        return Availability.AVAILABLE;
      }

      @Override
      public DriveLog open(Path path) {
        return new PaintedLineDrive(path);
      }
    };
  }

  /** The top view's colour at world point (wx, wy), as drawn now, as 0xRRGGBB. */
  private int colourAt(double wx, double wy) throws Exception {
    Node top = w.topNode();
    return LabelerWindow.onFx(
        () -> {
          WritableImage shot = top.snapshot(null, null);
          Point2D local = top.screenToLocal(w.plan().worldToScreen(wx, wy));
          return shot.getPixelReader().getArgb((int) local.getX(), (int) local.getY()) & 0xffffff;
        });
  }

  private static int grey(int rgb) {
    return ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
  }

  /** Waits until the lidar layer has built the window's tiles (its note is empty again). */
  private void waitForLidar() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    var lidar = w.ctx.viewModel().lidar();
    while (System.nanoTime() < deadline
        && (lidar.heldTiles() == 0
            || !LabelerWindow.onFx(() -> lidar.noteProperty().get()).isEmpty())) {
      Thread.sleep(50);
      WaitForAsyncUtils.waitForFxEvents();
    }
    assertThat(lidar.heldTiles()).as("lidar tiles built").isPositive();
  }

  /** Vertex 2 of B in the project file once its y passes {@code done}. */
  private Point3 vertexOfB(java.util.function.DoublePredicate done) throws Exception {
    return w.fileWhen(m -> done.test(m.get(w.id(B)).orElseThrow().geometry().y(2)))
        .get(w.id(B))
        .orElseThrow()
        .geometry()
        .point(2);
  }

  @Test
  void theLidarShowsUnderTheVectorsAndADraggedVertexSnapsToThePaint(FxRobot robot)
      throws Exception {
    w.openDrive(Files.createDirectories(dir.resolve("drive")));
    w.openProject(robot, dir);
    w.zoomIn(61, 0, 300); // 3 px a centimetre: a drag of 10 cm is not a click
    waitForLidar();

    // the paint is bright, the asphalt beside it dark, under the vectors
    int paint = grey(colourAt(61.6, PaintedLineDrive.PAINT_Y));
    int asphalt = grey(colourAt(61.6, -0.35));
    assertThat(paint).as("paint on screen").isGreaterThan(180);
    assertThat(asphalt).as("asphalt on screen").isBetween(15, 60);
    // U hides the layer, U shows it again; C shows the next channel
    w.key(robot, KeyCode.U);
    assertThat(w.status(robot)).isEqualTo("lidar under the vectors: off (U)");
    assertThat(grey(colourAt(61.6, PaintedLineDrive.PAINT_Y))).as("hidden").isLessThan(40);
    w.key(robot, KeyCode.U);
    assertThat(grey(colourAt(61.6, PaintedLineDrive.PAINT_Y))).as("shown").isEqualTo(paint);
    w.key(robot, KeyCode.C);
    @SuppressWarnings("unchecked")
    ComboBox<String> channel = robot.lookup("#top-view-channel").queryAs(ComboBox.class);
    assertThat(channel.getValue()).isEqualTo("mean_intensity");

    // select B, Move tool, drag its vertex at x = 61 to 10 cm north: it lands on the paint's centre
    w.click(robot, 61.6, 0);
    assertThat(w.selectedId()).isEqualTo(w.id(B));
    w.key(robot, KeyCode.M);
    robot.drag(w.screen(61, 0)).dropTo(w.screen(61, 0.1));
    WaitForAsyncUtils.waitForFxEvents();
    Point3 snapped = vertexOfB(y -> y != 0);
    assertThat(snapped.y())
        .as("on the paint's centre")
        .isCloseTo(PaintedLineDrive.PAINT_Y, within(0.03));
    assertThat(snapped.x()).as("along the line, where dropped").isCloseTo(61, within(0.03));

    // undo; G turns snapping off: the same drag leaves the vertex where it is dropped
    w.key(robot, KeyCode.CONTROL, KeyCode.Z);
    assertThat(vertexOfB(y -> y == 0).y()).isZero();
    w.key(robot, KeyCode.G);
    assertThat(w.status(robot)).isEqualTo("snapping to painted lines: off (G)");
    robot.drag(w.screen(61, 0)).dropTo(w.screen(61, 0.1));
    WaitForAsyncUtils.waitForFxEvents();
    Point3 dropped = vertexOfB(y -> y != 0);
    assertThat(dropped.y()).as("where dropped").isCloseTo(0.1, within(0.02));
    assertThat(Math.abs(dropped.y() - PaintedLineDrive.PAINT_Y))
        .as("off the paint")
        .isGreaterThan(0.08);
  }
}
