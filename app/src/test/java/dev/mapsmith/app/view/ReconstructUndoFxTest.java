package dev.mapsmith.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.app.testing.TestProjects;
import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.Area;
import dev.mapsmith.labeling.OpenOptions;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.reconstruction.ReconstructionResult;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 22, point 9: Ctrl+R over an area drawn with the Area tool (B), then Ctrl+Z, leaves nothing
 * behind (no area record, no area in the explorer, no new primitive), and Ctrl+Y brings it all
 * back.
 */
class ReconstructUndoFxTest extends LabelerFxTest {

  /** Two automatic dividers across the middle of {@code area}, as a reconstruction finds them. */
  private static ReconstructionResult twoLines(Bounds2 area) {
    Provenance prov = new Provenance("classical", "0.3", "", List.of(), "test", Instant.EPOCH);
    double y0 = area.minY() + area.height() / 3, y1 = area.minY() + 2 * area.height() / 3;
    List<Primitive> lines = new java.util.ArrayList<>();
    for (double y : new double[] {y0, y1}) {
      lines.add(
          new Primitive(
              lines.size() + 1, // the project gives each a fresh id
              MapClass.DIVIDER,
              Polyline.of(new double[] {area.minX() + 1, y, 0, area.maxX() - 1, y, 0}),
              Attributes.of("subtype", "solid"),
              ReviewState.AUTO,
              0.8,
              prov));
    }
    return new ReconstructionResult(
        lines, new NamedLocalFrame("TEST"), 1000, 0.1, Map.of("divider", 2), List.of());
  }

  private List<Area> areasInFile() throws Exception {
    try (Project p = Project.open(w.file, OpenOptions.READ_ONLY)) {
      return p.areas();
    }
  }

  /** The explorer's rows on screen. */
  private List<String> tree(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup(".tree-cell").queryAllAs(Labeled.class).stream()
        .map(Labeled::getText)
        .filter(t -> t != null)
        .toList();
  }

  @Test
  void undoOfAReconstructionTakesItsAreaAlongAndRedoBringsItBack(FxRobot robot) throws Exception {
    w.output = ReconstructUndoFxTest::twoLines;
    w.openDrive(Files.createDirectories(dir.resolve("drive")));
    w.openProject(robot, dir);
    // draw the area with B, reconstruct with Ctrl+R
    w.key(robot, KeyCode.B);
    robot.drag(w.screen(25, 18)).dropTo(w.screen(45, 30));
    WaitForAsyncUtils.waitForFxEvents();
    w.key(robot, KeyCode.CONTROL, KeyCode.R);
    assertThat(w.fileWhen(m -> m.primitives().size() == 8).primitives()).hasSize(8);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(areasInFile()).extracting(Area::name).containsExactly("area 1");
    assertThat(tree(robot)).contains("Areas (1)");
    assertThat(tree(robot)).anyMatch(t -> t.startsWith("area 1: 0 of 2 reviewed"));

    // Ctrl+Z: the lines and the area go
    w.key(robot, KeyCode.CONTROL, KeyCode.Z);
    assertThat(w.fileWhen(m -> m.primitives().size() == 6).primitives()).hasSize(6);
    assertThat(areasInFile()).as("areas after undo").isEmpty();
    assertThat(tree(robot)).contains("Areas (0)").noneMatch(t -> t.startsWith("area 1"));
    assertThat(TestProjects.readBack(w.file).primitives())
        .extracting(Primitive::id)
        .containsExactlyInAnyOrderElementsOf(w.ids);

    // Ctrl+Y: both come back; a second reconstruction is "area 2"
    w.key(robot, KeyCode.CONTROL, KeyCode.Y);
    assertThat(w.fileWhen(m -> m.primitives().size() == 8).primitives()).hasSize(8);
    assertThat(areasInFile()).extracting(Area::name).containsExactly("area 1");
    assertThat(tree(robot)).contains("Areas (1)");
  }
}
