package dev.mapsmith.app.view;

import dev.mapsmith.app.model.LoadedDrive;
import dev.mapsmith.app.viewmodel.ExplorerItem;
import dev.mapsmith.app.viewmodel.ExplorerNode;
import dev.mapsmith.app.viewmodel.MainViewModel;
import dev.mapsmith.core.map.Primitive;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The project explorer: a tree of drives, areas, primitives (by class and review), lanelets and
 * findings. Its items change in place edit by edit, so what is open stays open; a primitive
 * selected anywhere (a click in a view, N, an edit's result) is opened to, selected and scrolled
 * into sight here. Cells are of one fixed height and a group's count changes only its own cell.
 */
final class ExplorerView extends TreeView<ExplorerNode> {

  private boolean following; // selecting the tree's item for the window's selection
  private TreeItem<ExplorerNode> reveal; // a leaf to scroll into sight at the next layout

  ExplorerView(MainViewModel vm) {
    getStyleClass().add("explorer");
    setShowRoot(false);
    setFixedCellSize(24); // rows are never measured
    setCellFactory(t -> new Cell());
    setRoot(vm.explorer().root()); // its items change in place, edit by edit
    getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, item) -> {
              if (item == null || following || vm.explorer().updating()) {
                return;
              }
              Object payload = item.getValue().payload();
              if (payload instanceof Primitive p) { // the map's current value of it
                var map = vm.mapProperty().get();
                vm.inspector().selectedProperty().set(map == null ? p : map.get(p.id()).orElse(p));
              } else if (payload instanceof dev.mapsmith.app.model.FindingRow f) {
                vm.showFinding(f);
              } else if (payload instanceof Long id) { // a lanelet
                vm.lanelets().selectedProperty().set(id);
              } else if (payload instanceof LoadedDrive d) {
                vm.activeDriveProperty().set(d);
              }
            });
    vm.inspector().selectedProperty().addListener((o, a, p) -> follow(vm, p));
  }

  /** Opens the tree to {@code p}'s leaf, selects it and scrolls it into sight (null: nothing). */
  private void follow(MainViewModel vm, Primitive p) {
    if (following) {
      return;
    }
    following = true;
    try {
      TreeItem<ExplorerNode> leaf = p == null ? null : vm.explorer().reveal(p);
      if (leaf == null) {
        if (getSelectionModel().getSelectedItem() != null
            && getSelectionModel().getSelectedItem().getValue().payload() instanceof Primitive) {
          getSelectionModel().clearSelection();
        }
        return;
      }
      if (getSelectionModel().getSelectedItem() != leaf) {
        getSelectionModel().select(leaf);
      }
      reveal = leaf;
      requestLayout(); // scrolled to in the next layout, once the rows are counted
    } finally {
      following = false;
    }
  }

  @Override
  protected javafx.scene.control.Skin<?> createDefaultSkin() {
    return new Skin(this);
  }

  /**
   * The tree view's skin, except that a change in the number of rows does not rebuild every visible
   * cell: cells keep their rows, and those whose row now shows another item update (the tree's
   * items have values no other item has, so a cell can tell). An edit in a large project changes
   * the row count every time; this keeps its cost to the rows that moved.
   */
  private static final class Skin extends javafx.scene.control.skin.TreeViewSkin<ExplorerNode> {

    Skin(ExplorerView tree) {
      super(tree);
    }

    @Override
    protected void updateItemCount() {
      getVirtualFlow().setCellCount(getItemCount());
      getSkinnable().requestLayout();
    }
  }

  /** Lays out, then scrolls the leaf the tree was opened to into sight (the least scrolling). */
  @Override
  protected void layoutChildren() {
    super.layoutChildren();
    TreeItem<ExplorerNode> leaf = reveal;
    reveal = null;
    int row = leaf == null ? -1 : getRow(leaf);
    VirtualFlow<?> flow = (VirtualFlow<?>) lookup(".virtual-flow");
    if (row < 0 || flow == null) {
      return;
    }
    var first = flow.getFirstVisibleCell();
    var last = flow.getLastVisibleCell();
    if (first == null || last == null || row <= first.getIndex() || row >= last.getIndex()) {
      flow.scrollTo(row);
      flow.layout();
    }
  }

  /**
   * One row: an item's text (a group's live text is bound, so a new count redraws this cell only)
   * and a pseudo-class by kind (a style class would make the cell's style be looked up again).
   */
  private static final class Cell extends TreeCell<ExplorerNode> {

    private static final java.util.Map<ExplorerNode.Kind, PseudoClass> KINDS =
        new java.util.EnumMap<>(ExplorerNode.Kind.class);

    static {
      for (ExplorerNode.Kind k : ExplorerNode.Kind.values()) {
        KINDS.put(k, PseudoClass.getPseudoClass("node-" + k.name().toLowerCase(Locale.ROOT)));
      }
    }

    private ExplorerNode.Kind kind;

    @Override
    protected void updateItem(ExplorerNode item, boolean empty) {
      super.updateItem(item, empty);
      TreeItem<ExplorerNode> ti = getTreeItem();
      if (empty || item == null) {
        textProperty().unbind();
        setText(null);
      } else if (ti instanceof ExplorerItem e) {
        textProperty().bind(e.textProperty());
      } else {
        textProperty().unbind();
        setText(item.label());
      }
      ExplorerNode.Kind k = empty || item == null ? null : item.kind();
      if (k != kind) {
        if (kind != null) {
          pseudoClassStateChanged(KINDS.get(kind), false);
        }
        if (k != null) {
          pseudoClassStateChanged(KINDS.get(k), true);
        }
        kind = k;
      }
    }
  }
}
