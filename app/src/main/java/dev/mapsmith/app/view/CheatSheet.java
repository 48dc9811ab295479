package dev.mapsmith.app.view;

import dev.mapsmith.app.viewmodel.Shortcut;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The keyboard cheat sheet (F1): every shortcut of {@link Shortcut#all()}, grouped. */
final class CheatSheet {

  private CheatSheet() {}

  static Stage show(Window owner) {
    Map<String, GridPane> groups = new LinkedHashMap<>();
    List<Shortcut> all = Shortcut.all();
    for (Shortcut s : all) {
      GridPane grid = groups.computeIfAbsent(s.group(), g -> new GridPane());
      int row = grid.getRowCount();
      Label key = new Label(s.display());
      key.getStyleClass().add("key");
      grid.addRow(row, key, new Label(s.action()));
    }
    VBox box = new VBox(10);
    box.setId("cheat-sheet");
    box.getStyleClass().add("cheat-sheet");
    groups.forEach(
        (name, grid) -> {
          Label title = new Label(name);
          title.getStyleClass().add("group-title");
          grid.setHgap(16);
          grid.setVgap(4);
          box.getChildren().addAll(title, grid);
        });
    Stage stage = new Stage();
    stage.initOwner(owner);
    stage.initModality(Modality.NONE);
    stage.setTitle("Keyboard shortcuts");
    Scene scene = new Scene(box);
    scene.getStylesheets().addAll(owner.getScene().getStylesheets());
    scene.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F1) {
            stage.close();
          }
        });
    stage.setScene(scene);
    stage.show();
    return stage;
  }
}
