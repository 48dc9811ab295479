package dev.mapsmith.labeling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.labeling.edit.InsertPrimitives;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edit that records an area (a reconstruction's) does so in its own transaction and undo step:
 * undo removes the record with the edit's primitives, redo brings it back with the same id, and the
 * file holds what the session shows (issue 22, point 9).
 */
class ProjectAreaUndoTest {

  @TempDir Path dir;

  private static final Bounds2 AREA = new Bounds2(0, 0, 20, 10);

  @Test
  void undoRemovesTheEditsAreaAndRedoRecordsItAgain() {
    Path file = dir.resolve("p.mapsmith");
    try (Project p = Project.create(file, new NamedLocalFrame("T"))) {
      p.addArea("kept", new Bounds2(100, 100, 110, 110)); // recorded outside any edit: stays
      EditResult r =
          p.execute(
              new InsertPrimitives(
                  List.of(TestMaps.line(MapClass.DIVIDER, 1, 5, 0, 19, 5, 0)), "reconstruct"),
              "area 2",
              AREA);
      assertThat(r.created()).hasSize(1);
      assertThat(p.areas()).extracting(Area::name).containsExactly("kept", "area 2");
      Area recorded = p.areas().get(1);
      assertThat(recorded.bounds()).isEqualTo(AREA);

      p.undo();
      assertThat(p.map().primitives()).isEmpty();
      assertThat(p.areas()).extracting(Area::name).containsExactly("kept");
      p.redo();
      assertThat(p.map().primitives()).hasSize(1);
      assertThat(p.areas()).containsExactly(p.areas().get(0), recorded);
      p.undo();
    }
    try (Project p = Project.open(file, OpenOptions.READ_ONLY)) {
      assertThat(p.areas()).extracting(Area::name).containsExactly("kept");
      assertThat(p.map().primitives()).isEmpty();
    }
  }

  @Test
  void anEditThatChangesNothingButItsAreaIsStillOneUndoStep() {
    try (Project p = Project.create(dir.resolve("q.mapsmith"), new NamedLocalFrame("T"))) {
      p.execute(new InsertPrimitives(List.of(), "reconstruct"), "area 1", AREA);
      assertThat(p.areas()).extracting(Area::name).containsExactly("area 1");
      assertThat(p.undoDescription()).contains("reconstruct");
      p.undo();
      assertThat(p.areas()).isEmpty();
      assertThat(p.canUndo()).isFalse();
      // a new edit after the undo takes the freed name and id again
      p.execute(new InsertPrimitives(List.of(), "reconstruct"), "area 1", AREA);
      assertThat(p.areas()).singleElement().satisfies(a -> assertThat(a.id()).isEqualTo(1));
    }
  }
}
