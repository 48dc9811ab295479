package dev.mapsmith.app.view;

import dev.mapsmith.app.model.LoadedDrive;
import dev.mapsmith.app.viewmodel.ExplorerItem;
import dev.mapsmith.app.viewmodel.ExplorerNode;
import dev.mapsmith.app.viewmodel.MainViewModel;
import dev.mapsmith.core.map.Primitive;
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
      int row = getRow(leaf);
      layout(); // rows counted and cells placed for what was just opened
      VirtualFlow<?> flow = (VirtualFlow<?>) lookup(".virtual-flow");
      if (flow != null && row >= 0) {
        var first = flow.getFirstVisibleCell();
        var last = flow.getLastVisibleCell();
        if (first == null || last == null || row <= first.getIndex() || row >= last.getIndex()) {
          flow.scrollTo(row); // the least scrolling that shows it whole
        }
      } else if (row >= 0) {
        scrollTo(row);
      }
    } finally {
      following = false;
    }
  }

  /**
   * One row: an item's text (a group's live text is bound, so a new count redraws this cell only)
   * and a style class by kind, changed only when the kind does.
   */
  private static final class Cell extends TreeCell<ExplorerNode> {

    private String kindClass;

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
      String k =
          empty || item == null
              ? null
              : "node-" + item.kind().name().toLowerCase(java.util.Locale.ROOT);
      if (k != null && !k.equals(kindClass)) {
        if (kindClass != null) {
          getStyleClass().remove(kindClass);
        }
        getStyleClass().add(k);
        kindClass = k;
      }
    }
  }
}
