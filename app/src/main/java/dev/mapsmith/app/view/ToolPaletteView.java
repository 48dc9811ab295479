package dev.mapsmith.app.view;

import dev.mapsmith.app.viewmodel.Tool;
import dev.mapsmith.app.viewmodel.ToolPaletteViewModel;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * The tool palette: one toggle per tool. The tooltip (name, shortcut, and why it is disabled) sits
 * on a wrapper, because JavaFX shows no tooltip on a disabled control.
 */
final class ToolPaletteView extends ToolBar {

  private static final String[] SHORT = {
    "Select",
    "Move",
    "Insert",
    "Delete",
    "Polyline",
    "Polygon",
    "Split",
    "Merge",
    "Reverse",
    "Class",
    "Area"
  };

  ToolPaletteView(ToolPaletteViewModel vm) {
    getStyleClass().add("tool-palette");
    ToggleGroup group = new ToggleGroup();
    for (Tool tool : Tool.values()) {
      ToggleButton b = new ToggleButton(SHORT[tool.ordinal()] + "  " + tool.key());
      b.setId("tool-" + tool.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      b.setToggleGroup(group);
      b.setFocusTraversable(false);
      b.setUserData(tool);
      b.disableProperty().bind(vm.disabledReasonProperty(tool).isNotEmpty());
      b.setSelected(vm.activeProperty().get() == tool);
      b.setOnAction(
          e -> {
            if (!vm.select(tool)) {
              b.setSelected(false);
            }
            b.setSelected(vm.activeProperty().get() == tool);
          });
      StackPane wrapper = new StackPane(b);
      Tooltip tip = new Tooltip();
      tip.setShowDelay(Duration.millis(300));
      tip.setText(vm.tooltip(tool));
      vm.disabledReasonProperty(tool).addListener((o, a, r) -> tip.setText(vm.tooltip(tool)));
      Tooltip.install(wrapper, tip);
      getItems().add(wrapper);
    }
    vm.activeProperty()
        .addListener(
            (o, a, t) -> group.getToggles().forEach(tg -> tg.setSelected(tg.getUserData() == t)));
  }
}
