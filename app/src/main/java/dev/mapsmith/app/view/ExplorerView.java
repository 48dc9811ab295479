package dev.mapsmith.app.view;

import dev.mapsmith.app.model.LoadedDrive;
import dev.mapsmith.app.viewmodel.ExplorerNode;
import dev.mapsmith.app.viewmodel.MainViewModel;
import dev.mapsmith.core.map.Primitive;
import javafx.scene.control.TreeView;

/**
 * The project explorer: a tree of drives, areas, primitives (by class and review), lanelets and
 * findings.
 */
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
    setRoot(vm.explorer().root()); // its items change in place, edit by edit
    getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, item) -> {
              if (item == null || vm.explorer().updating()) {
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
  }
}
