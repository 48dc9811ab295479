package dev.mapsmith.app.view;

import dev.mapsmith.app.model.LidarTile;
import dev.mapsmith.app.viewmodel.LidarViewModel;
import dev.mapsmith.app.viewmodel.MainViewModel;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The top view with its buttons (the lidar layer (U) and its channel (C), snapping to painted lines
 * (G), Fit (0)) and its context menu: a right-click selects the primitive under the cursor unless
 * it is selected already, then offers the selection's actions.
 */
final class TopViewPane extends StackPane {

  TopViewPane(TopView top, MainViewModel vm, MenuItem... actions) {
    Button fit = new Button("Fit");
    fit.setId("top-view-fit");
    fit.setFocusTraversable(false);
    fit.setTooltip(new Tooltip("Fit the drives and the map in the view  (0)"));
    fit.setOnAction(e -> top.fitNow());
    HBox bar = new HBox(6, lidarButtons(vm.lidar()));
    bar.getChildren().add(fit);
    bar.setPickOnBounds(false); // clicks between the buttons reach the view
    bar.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    StackPane.setAlignment(bar, Pos.TOP_RIGHT); // the top left is where areas start
    StackPane.setMargin(bar, new javafx.geometry.Insets(8));
    ContextMenu menu = new ContextMenu(actions);
    top.setOnContext(
        (e, hit) -> {
          if (hit != null && !vm.editTools().selection().ids().contains(hit.id())) {
            vm.editTools().selection().select(hit);
          }
          menu.show(top, e.getScreenX(), e.getScreenY());
        });
    setMinSize(0, 0);
    getChildren().addAll(top, bar);
  }

  private static javafx.scene.Node[] lidarButtons(LidarViewModel lidar) {
    ToggleButton shown = new ToggleButton("Lidar");
    shown.setId("top-view-lidar");
    shown.selectedProperty().bindBidirectional(lidar.shownProperty());
    shown.setTooltip(new Tooltip("Show the drive's lidar under the vectors  (U)"));
    ComboBox<String> channel = new ComboBox<>(FXCollections.observableList(LidarTile.CHANNELS));
    channel.setId("top-view-channel");
    channel.valueProperty().bindBidirectional(lidar.channelProperty());
    channel.disableProperty().bind(lidar.shownProperty().not());
    channel.setTooltip(new Tooltip("The lidar channel shown, as the training set holds it  (C)"));
    ToggleButton snap = new ToggleButton("Snap");
    snap.setId("top-view-snap");
    snap.selectedProperty().bindBidirectional(lidar.snappingProperty());
    snap.setTooltip(
        new Tooltip("Snap a dragged vertex to the centre of the painted line nearby  (G)"));
    for (javafx.scene.control.Control c :
        new javafx.scene.control.Control[] {shown, channel, snap}) {
      c.setFocusTraversable(false); // keys stay with the window's shortcuts
    }
    return new javafx.scene.Node[] {shown, channel, snap};
  }
}
