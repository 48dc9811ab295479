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
import javafx.scene.control.TreeItem;
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
    vm.showDrives(List.of(LoadedDrive.of(TestDrives.straight(Path.of("d1"), 11))));
    vm.showMap(MapModel.of(map));
    vm.showAreas(List.of(new AreaRow("area 1", new Bounds2(0, 0, 10, 10), 1, 4)));
    vm.showFindings(
        List.of(new FindingRow("error", "self-intersecting polygon", 4, new Point3(0, 0, 0))));

    TreeItem<ExplorerNode> primitives = vm.find("Primitives (4)");
    assertThat(primitives).isNotNull();
    TreeItem<ExplorerNode> divider = vm.find("divider (3)");
    assertThat(divider.getChildren())
        .extracting(i -> i.getValue().label())
        .containsExactly("auto (2)", "verified (1)");
    assertThat(divider.getChildren().get(0).getChildren())
        .extracting(n -> ((Primitive) n.getValue().payload()).id())
        .containsExactly(1L, 2L);
    assertThat(vm.find("ped_crossing (1)").getChildren().get(0).getValue().label())
        .isEqualTo("rejected (1)");
    assertThat(vm.find("Drives (1)").getChildren().get(0).getValue().kind())
        .isEqualTo(ExplorerNode.Kind.DRIVE);
    assertThat(vm.find("duration: 1.0 s, path 10 m")).isNotNull();
    assertThat(vm.find("area 1: 1 of 4 reviewed (25%)")).isNotNull();
    assertThat(vm.find("error: self-intersecting polygon").getValue().payload())
        .isInstanceOf(FindingRow.class);
  }

  @Test
  void aGroupsLeavesAreMadeOnlyWhenItIsExpanded() {
    ExplorerViewModel vm = new ExplorerViewModel();
    List<Primitive> many = new java.util.ArrayList<>();
    for (long id = 1; id <= 5000; id++) {
      many.add(prim(id, MapClass.DIVIDER, ReviewState.AUTO));
    }
    long before = vm.touched();
    vm.showMap(MapModel.of(new LaneMap(new NamedLocalFrame("TEST"), many)));
    assertThat(vm.touched() - before)
        .as("items made for 5000 primitives, unexpanded")
        .isLessThan(10);
    TreeItem<ExplorerNode> auto = vm.find("auto (5000)");
    assertThat(auto.isLeaf()).isFalse();
    assertThat(auto.getChildren()).hasSize(5000);
  }

  @Test
  void withoutAProjectThePrimitivesGroupSaysSo() {
    assertThat(new ExplorerViewModel().find("Primitives (no project open)")).isNotNull();
  }
}
