package dev.mapsmith.app.view;

import dev.mapsmith.app.viewmodel.MainViewModel;
import dev.mapsmith.labeling.DriveRecord;
import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** Asks, for each drive of the project that has moved, where it is now, and relinks it. */
final class RelinkPrompt {

  private RelinkPrompt() {}

  static void ask(MainViewModel vm, Window owner, Consumer<String> alert) {
    if (vm.missingDrives().isEmpty()) {
      return;
    }
    for (DriveRecord d : List.copyOf(vm.missingDrives())) {
      Alert a =
          new Alert(
              Alert.AlertType.WARNING,
              "Drive " + d.id() + " is no longer at " + d.path() + ". Relink it to its new folder?",
              ButtonType.YES,
              ButtonType.NO);
      a.initOwner(owner);
      a.setHeaderText("A drive of this project has moved");
      if (a.showAndWait().orElse(ButtonType.NO) == ButtonType.YES) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Where is drive " + d.id() + " now?");
        File f = chooser.showDialog(owner);
        if (f != null) {
          vm.relink(d.id(), f.toPath())
              .whenComplete(
                  (r, e) -> {
                    if (e != null) {
                      alert.accept(
                          "cannot relink "
                              + d.id()
                              + ": "
                              + (e.getCause() != null
                                  ? e.getCause().getMessage()
                                  : e.getMessage()));
                    } else {
                      vm.log().info("relinked drive " + d.id() + " to " + r.path());
                    }
                  });
        }
      }
    }
  }
}
