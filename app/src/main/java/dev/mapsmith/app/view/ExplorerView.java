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
              } else if (payload instanceof LoadedDrive d) {
                vm.activeDriveProperty().set(d);
              }
            });
  }

  private void show(ExplorerNode root) {
    setRoot(toItem(root, 0));
  }

  private static TreeItem<ExplorerNode> toItem(ExplorerNode node, int depth) {
    TreeItem<ExplorerNode> item = new TreeItem<>(node);
    item.setExpanded(depth < 2);
    for (ExplorerNode c : node.children()) {
      item.getChildren().add(toItem(c, depth + 1));
    }
    return item;
  }
}
