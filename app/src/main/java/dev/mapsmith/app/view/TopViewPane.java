package dev.mapsmith.app.view;

import dev.mapsmith.app.viewmodel.MainViewModel;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * The top view with its Fit button (key 0) and its context menu: a right-click selects the
 * primitive under the cursor unless it is selected already, then offers the selection's actions.
 */
final class TopViewPane extends StackPane {

  TopViewPane(TopView top, MainViewModel vm, MenuItem... actions) {
    Button fit = new Button("Fit");
    fit.setId("top-view-fit");
    fit.setFocusTraversable(false);
    fit.setTooltip(new Tooltip("Fit the drives and the map in the view  (0)"));
    fit.setOnAction(e -> top.fitNow());
    StackPane.setAlignment(fit, Pos.TOP_RIGHT); // the top left is where areas start
    StackPane.setMargin(fit, new javafx.geometry.Insets(8));
    ContextMenu menu = new ContextMenu(actions);
    top.setOnContext(
        (e, hit) -> {
          if (hit != null && !vm.editTools().selection().ids().contains(hit.id())) {
            vm.editTools().selection().select(hit);
          }
          menu.show(top, e.getScreenX(), e.getScreenY());
        });
    setMinSize(0, 0);
    getChildren().addAll(top, fit);
  }
}
