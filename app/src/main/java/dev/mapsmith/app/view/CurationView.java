package dev.mapsmith.app.view;

import dev.mapsmith.app.viewmodel.CurationViewModel;
import dev.mapsmith.app.viewmodel.MainViewModel;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.ReviewState;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The training-set curation view: review states, classes and minimum confidence to keep, the
 * validation drives, counts per split and class with a bar each, and Save (the definition goes into
 * the project).
 */
final class CurationView extends VBox {

  private final CurationViewModel vm;
  private final FlowPane drives = new FlowPane(8, 4);

  CurationView(MainViewModel main) {
    super(8);
    this.vm = main.curation();
    setId("curation");
    setPadding(new Insets(8));
    FlowPane states = new FlowPane(8, 4);
    for (ReviewState s : ReviewState.values()) {
      states.getChildren().add(toggle(s.key(), vm.states(), s));
    }
    FlowPane classes = new FlowPane(8, 4);
    for (MapClass c : MapClass.values()) {
      classes.getChildren().add(toggle(c.key(), vm.classes(), c));
    }
    Slider confidence = new Slider(0, 1, 0);
    Label confLabel = new Label("min confidence 0.00");
    confidence
        .valueProperty()
        .addListener(
            (o, a, b) -> {
              vm.setMinConfidence(b.doubleValue());
              confLabel.setText(String.format("min confidence %.2f", b.doubleValue()));
            });
    ListView<CurationViewModel.Count> counts = new ListView<>(vm.counts());
    counts.setId("curation-counts");
    counts.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(CurationViewModel.Count c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                  setText(null);
                  return;
                }
                int total = Math.max(1, vm.total(c.split()));
                int bar = (int) Math.round(30.0 * c.primitives() / total);
                setText(
                    String.format(
                        "%-5s %-13s %5d  %s",
                        c.split(), c.mapClass().key(), c.primitives(), "#".repeat(bar)));
              }
            });
    counts.getStyleClass().add("mono");
    VBox.setVgrow(counts, Priority.ALWAYS);
    TextField name = new TextField();
    name.setPromptText("training-set name");
    Button save = new Button("Save in project");
    save.setId("curation-save");
    save.setOnAction(
        e ->
            main.trainingSets()
                .saveTrainingSet(name.getText())
                .whenComplete(
                    (n, x) ->
                        main.log()
                            .info(
                                x != null
                                    ? "cannot save the training set: " + x.getMessage()
                                    : "saved training set " + n + " in the project")));
    Button export = new Button("Export...");
    export.setId("curation-export");
    export.setOnAction(
        e -> {
          javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
          chooser.setTitle("Parent folder of the training set");
          java.io.File f = chooser.showDialog(getScene().getWindow());
          if (f != null) {
            String n = name.getText().isBlank() ? "training-set" : name.getText().trim();
            main.trainingSets().exportTrainingSet(f.toPath().resolve(n));
          }
        });
    HBox.setHgrow(name, Priority.ALWAYS);
    getChildren()
        .addAll(
            new Label("Review states"),
            states,
            new Label("Classes"),
            classes,
            new HBox(8, confLabel, confidence),
            new Label("Validation drives (the rest is training)"),
            drives,
            counts,
            new HBox(8, name, save, export));
    vm.sourceDrives().addListener((javafx.beans.Observable o) -> refreshDrives());
  }

  private <T> CheckBox toggle(String label, Set<T> set, T value) {
    CheckBox box = new CheckBox(label);
    box.setMnemonicParsing(false); // "ped_crossing", "2026_01_15_drive" keep their underscores
    box.setSelected(set.contains(value));
    box.selectedProperty()
        .addListener(
            (o, a, on) -> {
              if (on) {
                set.add(value);
              } else {
                set.remove(value);
              }
              vm.recount();
            });
    return box;
  }

  private void refreshDrives() {
    drives.getChildren().clear();
    for (String d : vm.sourceDrives()) {
      drives.getChildren().add(toggle(d, vm.validationDrives(), d));
    }
  }
}
