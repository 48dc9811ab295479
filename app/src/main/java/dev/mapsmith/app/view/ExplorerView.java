package dev.mapsmith.app.view;

import dev.mapsmith.app.model.LoadedDrive;
import dev.mapsmith.app.viewmodel.ExplorerNode;
import dev.mapsmith.app.viewmodel.MainViewModel;
import dev.mapsmith.core.map.Primitive;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/** The project explorer: a tree of drives, areas, primitives (by class and review) and findings. */
final class ExplorerView extends TreeView<ExplorerNode> {

  ExplorerView(MainViewModel vm) {
    getStyleClass().add("explorer");
    setShowRoot(false);
    setCellFactory(
        t ->
            new javafx.scene.control.TreeCell<>() {
              @Override
              protected void updateItem(ExplorerNode item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
                getStyleClass().removeIf(c -> c.startsWith("node-"));
                if (!empty && item != null) {
                  getStyleClass()
                      .add("node-" + item.kind().name().toLowerCase(java.util.Locale.ROOT));
                }
              }
            });
    show(vm.explorer().rootProperty().get());
    vm.explorer().rootProperty().addListener((o, a, b) -> show(b));
    getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, item) -> {
              if (item == null) {
                return;
              }
              Object payload = item.getValue().payload();
              if (payload instanceof Primitive p) {
                vm.inspector().selectedProperty().set(p);
              } else if (payload instanceof dev.mapsmith.app.model.FindingRow f) {
                vm.showFinding(f);
              } else if (payload instanceof LoadedDrive d) {
                vm.activeDriveProperty().set(d);
              }
            });
  }

  private void show(ExplorerNode root) {
    setRoot(toItem(root, 0));
  }

  private static TreeItem<ExplorerNode> toItem(ExplorerNode node, int depth) {
    LazyItem item = new LazyItem(node, depth);
    item.setExpanded(depth < 2);
    return item;
  }

  /**
   * A tree item that makes its children's items only when first asked (when it is expanded), so
   * that a project with many primitives rebuilds the tree in the time of its visible part.
   */
  private static final class LazyItem extends TreeItem<ExplorerNode> {
    private final int depth;
    private boolean built;

    LazyItem(ExplorerNode node, int depth) {
      super(node);
      this.depth = depth;
    }

    @Override
    public boolean isLeaf() {
      return getValue().children().isEmpty();
    }

    @Override
    public javafx.collections.ObservableList<TreeItem<ExplorerNode>> getChildren() {
      if (!built) {
        built = true;
        java.util.List<TreeItem<ExplorerNode>> items = new java.util.ArrayList<>();
        for (ExplorerNode c : getValue().children()) {
          items.add(toItem(c, depth + 1));
        }
        super.getChildren().setAll(items);
      }
      return super.getChildren();
    }
  }
}
