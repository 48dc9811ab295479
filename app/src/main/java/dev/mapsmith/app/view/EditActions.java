package dev.mapsmith.app.view;

import dev.mapsmith.app.viewmodel.MainViewModel;
import dev.mapsmith.app.viewmodel.Need;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Point3;
import javafx.scene.control.MenuItem;

/**
 * The editing actions the window's keys, menus and the top view's context menu share: each needs an
 * open project (else the status bar says why), delete acts on the whole selection, N centres the
 * views on the primitive it selects, F asks for the note.
 */
final class EditActions {

  private final MainViewModel vm;
  private final DialogPrompts prompts;

  EditActions(MainViewModel vm, DialogPrompts prompts) {
    this.vm = vm;
    this.prompts = prompts;
  }

  /** Runs {@code run} when a project is open, else shows why {@code action} is disabled. */
  void ifProject(String action, Runnable run) {
    String reason = vm.reasonFor(Need.PROJECT);
    if (reason.isEmpty()) {
      run.run();
    } else {
      vm.log().refuse(action + " is disabled: " + reason);
    }
  }

  /** Delete, Backspace, Edit > Delete, the context menu: every selected primitive, one undo. */
  void deleteSelected() {
    ifProject("Delete", vm.editTools()::deleteSelected);
  }

  /** N: selects the next automatic primitive and centres the views on it. */
  void nextUnreviewed() {
    if (vm.editing().nextUnreviewed()) {
      Bounds2 b = vm.inspector().selectedProperty().get().geometry().bounds();
      vm.focusProperty().set(null);
      vm.focusProperty().set(new Point3((b.minX() + b.maxX()) / 2, (b.minY() + b.maxY()) / 2, 0));
    }
  }

  /** F: asks for a note and sets it on the selected primitive. */
  void flag() {
    if (vm.inspector().selectedProperty().get() == null) {
      vm.log().refuse("Flag: select a primitive first");
      return;
    }
    prompts.askText(
        "Flag primitive #" + vm.inspector().selectedProperty().get().id(),
        "Note:",
        t -> {
          if (!t.isBlank()) {
            vm.editing().flag(t);
          }
        });
  }

  /** The top view's context menu: delete, reverse or reclassify what is selected. */
  MenuItem[] context() {
    MenuItem delete = new MenuItem("Delete selected  (Delete)");
    delete.setId("context-delete");
    delete.setOnAction(e -> deleteSelected());
    MenuItem reverse = new MenuItem("Reverse direction  (E)");
    reverse.setOnAction(e -> ifProject("Reverse", vm.editTools()::reverseSelected));
    MenuItem reclass = new MenuItem("Change class...  (T)");
    reclass.setOnAction(e -> ifProject("Change class", vm.editTools()::changeClassOfSelected));
    for (MenuItem m : new MenuItem[] {delete, reverse, reclass}) {
      m.setMnemonicParsing(false);
    }
    return new MenuItem[] {delete, reverse, reclass};
  }
}
