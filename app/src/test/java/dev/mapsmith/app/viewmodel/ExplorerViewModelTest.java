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
        .extracting(ExplorerItem::textOf)
        .containsExactly("auto (2)", "verified (1)");
    assertThat(divider.getChildren().get(0).getChildren())
        .extracting(n -> ((Primitive) n.getValue().payload()).id())
        .containsExactly(1L, 2L);
    assertThat(ExplorerItem.textOf(vm.find("ped_crossing (1)").getChildren().get(0)))
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
    assertThat(auto.getChildren())
        .as("a group of more than 100 shows pages of about 100 ids")
        .hasSize(50)
        .extracting(ExplorerItem::textOf)
        .startsWith("ids 1\u2013100 (100)", "ids 101\u2013200 (100)")
        .endsWith("ids 4901\u20135000 (100)");
    before = vm.touched();
    assertThat(auto.getChildren().get(2).getChildren())
        .extracting(n -> ((Primitive) n.getValue().payload()).id())
        .hasSize(100)
        .startsWith(201L, 202L)
        .endsWith(300L)
        .isSorted();
    assertThat(vm.touched() - before).as("only the opened page's leaves are made").isEqualTo(100);
  }

  private static MapModel mapOf(List<Primitive> list) {
    return MapModel.of(new LaneMap(new NamedLocalFrame("TEST"), list));
  }

  private static void set(MapModel m, Primitive... now) {
    m.apply(new MapDelta(false, List.of(now), java.util.Set.of()));
  }

  @Test
  void anEditInAPagedGroupTouchesItsPageOnlyAndASmallGroupShowsLeavesAgain() {
    List<Primitive> many = new java.util.ArrayList<>();
    for (long id = 1; id <= 5000; id++) {
      many.add(prim(id, MapClass.DIVIDER, ReviewState.AUTO));
    }
    ExplorerViewModel vm = new ExplorerViewModel();
    MapModel m = mapOf(many);
    vm.showMap(m);
    TreeItem<ExplorerNode> auto = vm.find("auto (5000)");
    auto.getChildren().forEach(TreeItem::getChildren); // every page's leaves made
    long before = vm.touched();
    set(m, prim(2500, MapClass.DIVIDER, ReviewState.VERIFIED));
    assertThat(vm.touched() - before)
        .as("a leaf out, its page's, group's and the new group's counts, the new group")
        .isEqualTo(5);
    assertThat(ExplorerItem.textOf(auto.getChildren().get(24)))
        .isEqualTo("ids 2401\u20132500 (99)");
    assertThat(ExplorerItem.textOf(auto)).isEqualTo("auto (4999)");
    assertThat(ExplorerItem.textOf(vm.find("verified ("))).isEqualTo("verified (1)");

    List<Primitive> reviewed = new java.util.ArrayList<>();
    for (long id = 1; id <= 4960; id++) {
      reviewed.add(prim(id, MapClass.DIVIDER, ReviewState.VERIFIED));
    }
    set(m, reviewed.toArray(Primitive[]::new));
    assertThat(ExplorerItem.textOf(auto)).isEqualTo("auto (40)");
    assertThat(auto.getChildren())
        .as("under half a page: leaves again")
        .hasSize(40)
        .extracting(n -> ((Primitive) n.getValue().payload()).id())
        .startsWith(4961L);
  }

  @Test
  void aGroupEmptiedByAnEditAndRefilledByItsUndoOpensAsItWas() {
    ExplorerViewModel vm = new ExplorerViewModel();
    MapModel m =
        mapOf(
            List.of(
                prim(1, MapClass.DIVIDER, ReviewState.AUTO),
                prim(2, MapClass.DIVIDER, ReviewState.VERIFIED)));
    vm.showMap(m);
    vm.find("divider (").setExpanded(true);
    vm.find("auto (").setExpanded(true);
    set(m, prim(1, MapClass.DIVIDER, ReviewState.VERIFIED));
    assertThat(vm.find("auto (")).as("emptied").isNull();
    set(m, prim(1, MapClass.DIVIDER, ReviewState.AUTO)); // the undo
    assertThat(vm.find("auto (1)").isExpanded()).isTrue();
    assertThat(vm.find("verified (1)").isExpanded()).isFalse();
    assertThat(vm.find("divider (2)").isExpanded()).isTrue();
  }

  @Test
  void revealOpensTheTreeToAPrimitivesLeaf() {
    List<Primitive> many = new java.util.ArrayList<>();
    for (long id = 1; id <= 5000; id++) {
      many.add(prim(id, id % 2 == 0 ? MapClass.DIVIDER : MapClass.BOUNDARY, ReviewState.AUTO));
    }
    ExplorerViewModel vm = new ExplorerViewModel();
    vm.showMap(mapOf(many));
    TreeItem<ExplorerNode> leaf = vm.reveal(many.get(3499)); // id 3500, a divider
    assertThat(((Primitive) leaf.getValue().payload()).id()).isEqualTo(3500);
    for (TreeItem<ExplorerNode> up = leaf.getParent(); up != null; up = up.getParent()) {
      assertThat(up.isExpanded()).as(ExplorerItem.textOf(up) + " is open").isTrue();
    }
    assertThat(ExplorerItem.textOf(leaf.getParent()))
        .as("2500 dividers among ids 2 to 5000: pages twice as wide")
        .isEqualTo("ids 3401\u20133600 (100)");
    assertThat(ExplorerItem.textOf(vm.find("boundary ("))).isEqualTo("boundary (2500)");
    assertThat(vm.find("boundary (").isExpanded()).as("other classes stay shut").isFalse();
  }

  @Test
  void withoutAProjectThePrimitivesGroupSaysSo() {
    assertThat(new ExplorerViewModel().find("Primitives (no project open)")).isNotNull();
  }
}
