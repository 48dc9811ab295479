package dev.mapsmith.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ToolPaletteViewModelTest {

  private final ToolPaletteViewModel vm = new ToolPaletteViewModel();

  @Test
  void aDisabledToolCannotBeChosenAndItsTooltipSaysWhy() {
    vm.refresh(need -> need == Need.PROJECT ? "needs the labeling project store" : "");
    assertThat(vm.select(Tool.MOVE_VERTEX)).isFalse();
    assertThat(vm.activeProperty().get()).isEqualTo(Tool.SELECT);
    assertThat(vm.tooltip(Tool.MOVE_VERTEX))
        .contains("Move vertex")
        .contains("(M)")
        .contains("Disabled: needs the labeling project store");
    assertThat(vm.select(Tool.AREA)).isTrue();
    assertThat(vm.activeProperty().get()).isEqualTo(Tool.AREA);
  }

  @Test
  void losingANeedFallsBackToSelect() {
    vm.refresh(need -> "");
    vm.select(Tool.DRAW_POLYGON);
    vm.refresh(need -> need == Need.NOTHING ? "" : "project closed");
    assertThat(vm.activeProperty().get()).isEqualTo(Tool.SELECT);
  }

  @Test
  void everyShortcutIsUniqueAndEveryToolIsOnTheCheatSheet() {
    Set<String> keys = new HashSet<>();
    for (Shortcut s : Shortcut.all()) {
      assertThat(keys.add(s.keys())).as("duplicate shortcut %s", s.keys()).isTrue();
    }
    for (Tool t : Tool.values()) {
      assertThat(Shortcut.all())
          .anyMatch(s -> s.keys().equals(t.key()) && s.group().equals("Tools"));
    }
    assertThat(Shortcut.all())
        .anyMatch(s -> s.display().equals("Ctrl+Shift+Z") && s.action().equals("Redo"));
  }
}
