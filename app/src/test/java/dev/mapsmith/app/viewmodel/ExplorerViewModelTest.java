package dev.mapsmith.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.app.model.AreaRow;
import dev.mapsmith.app.model.FindingRow;
import dev.mapsmith.app.model.LoadedDrive;
import dev.mapsmith.app.testing.TestDrives;
import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplorerViewModelTest {

  static Primitive prim(long id, MapClass c, ReviewState r) {
    Polyline g =
        c.closed() ? Polyline.of(0, 0, 0, 1, 0, 0, 1, 1, 0) : Polyline.of(0, 0, 0, id, 1, 0);
    return new Primitive(
        id, c, g, Attributes.of("color", "white"), r, 0.8, Provenance.manual("t", Instant.EPOCH));
  }

  @Test
  void primitivesAreGroupedByClassThenReviewState() {
    LaneMap map =
        new LaneMap(
            new NamedLocalFrame("TEST"),
            List.of(
                prim(1, MapClass.DIVIDER, ReviewState.AUTO),
                prim(2, MapClass.DIVIDER, ReviewState.AUTO),
                prim(3, MapClass.DIVIDER, ReviewState.VERIFIED),
                prim(4, MapClass.PED_CROSSING, ReviewState.REJECTED)));
    ExplorerViewModel vm = new ExplorerViewModel();
    vm.rebuild(
        List.of(LoadedDrive.of(TestDrives.straight(Path.of("d1"), 11))),
        map,
        List.of(new AreaRow("area 1", new Bounds2(0, 0, 10, 10), 1, 4)),
        List.of(new FindingRow("error", "self-intersecting polygon", 4, new Point3(0, 0, 0))));

    ExplorerNode root = vm.rootProperty().get();
    ExplorerNode primitives = root.find("Primitives (4)");
    assertThat(primitives).isNotNull();
    ExplorerNode divider = primitives.find("divider (3)");
    assertThat(divider.children())
        .extracting(ExplorerNode::label)
        .containsExactly("auto (2)", "verified (1)");
    assertThat(divider.children().get(0).children())
        .extracting(n -> ((Primitive) n.payload()).id())
        .containsExactly(1L, 2L);
    assertThat(primitives.find("ped_crossing (1)").children().get(0).label())
        .isEqualTo("rejected (1)");
    assertThat(root.find("Drives (1)").children().get(0).kind()).isEqualTo(ExplorerNode.Kind.DRIVE);
    assertThat(root.find("duration: 1.0 s, path 10 m")).isNotNull();
    assertThat(root.find("area 1: 1 of 4 reviewed (25%)")).isNotNull();
    assertThat(root.find("error: self-intersecting polygon").payload())
        .isInstanceOf(FindingRow.class);
  }

  @Test
  void withoutAProjectThePrimitivesGroupSaysSo() {
    ExplorerNode root = new ExplorerViewModel().rootProperty().get();
    assertThat(root.find("Primitives (no project open)")).isNotNull();
  }
}
