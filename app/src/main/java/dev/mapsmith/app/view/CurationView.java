package dev.mapsmith.app.view;

import dev.mapsmith.app.viewmodel.CurationViewModel;
import dev.mapsmith.app.viewmodel.MainViewModel;
import dev.mapsmith.app.viewmodel.TrainingPlanViewModel;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.ReviewState;
import java.nio.file.Path;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/**
 * The training-set curation view: review states, classes and minimum confidence to keep, the
 * project's open drives to choose for validation, what the export will contain per split (tiles,
 * primitives, classes) with a warning for unreviewed automatic primitives and a preview of a few
 * tiles, then Save (the definition goes into the project) and Export (into a folder).
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
    TrainingPlanViewModel plan = main.trainingPlan();
    CheckBox leaveOut =
        new CheckBox(
            "Leave out tiles in which unreviewed automatic primitives lie"
                + " (else their lines are background in the mask)");
    leaveOut.setId("plan-leave-out");
    leaveOut.setMnemonicParsing(false);
    wrap(leaveOut);
    leaveOut.selectedProperty().bindBidirectional(plan.leaveOutUnreviewedProperty());
    Label train = mono("plan-train");
    Label val = mono("plan-val");
    Label rule = new Label();
    rule.setId("plan-split-rule");
    rule.setMnemonicParsing(false);
    wrap(rule);
    Label warning = new Label();
    warning.setId("plan-warning");
    wrap(warning);
    warning.setStyle("-fx-text-fill: #e0a000; -fx-font-weight: bold;");
    warning.managedProperty().bind(warning.visibleProperty());
    Label status = new Label();
    status.setId("plan-status");
    status.textProperty().bind(plan.statusProperty());
    TilePreviewView previews = new TilePreviewView();
    ScrollPane previewPane = new ScrollPane(previews);
    VBox.setVgrow(previewPane, Priority.ALWAYS);
    plan.summaryProperty()
        .addListener(
            (o, a, s) -> {
              train.setText(s.row("train") == null ? "" : s.row("train").text());
              val.setText(s.row("val") == null ? "" : s.row("val").text());
              rule.setText(s.splitRule());
              warning.setText(s.warning());
              warning.setVisible(!s.warning().isEmpty());
              previews.show(s.previews());
            });
    warning.setVisible(false);
    TextField name = new TextField();
    name.setId("curation-name");
    name.setPromptText("training-set name");
    TextField folder = new TextField();
    folder.setId("curation-folder");
    folder.setPromptText("parent folder");
    Button browse = new Button("Browse...");
    browse.setOnAction(e -> chooseFolder(folder));
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
    Button export = new Button("Export");
    export.setId("curation-export");
    export.setOnAction(
        e -> {
          if (folder.getText().isBlank()) {
            chooseFolder(folder);
          }
          if (!folder.getText().isBlank()) {
            String n = name.getText().isBlank() ? "training-set" : name.getText().trim();
            main.trainingSets().exportTrainingSet(Path.of(folder.getText().trim()).resolve(n));
          }
        });
    HBox.setHgrow(name, Priority.ALWAYS);
    HBox.setHgrow(folder, Priority.ALWAYS);
    getChildren()
        .addAll(
            new Label("Review states"),
            states,
            new Label("Classes"),
            classes,
            new HBox(8, confLabel, confidence),
            new Label("Validation drives (the rest is training)"),
            drives,
            rule,
            leaveOut,
            new Label("The export will contain"),
            train,
            val,
            status,
            warning,
            previewPane,
            new HBox(8, folder, browse, name, save, export));
    plan.drives().addListener((javafx.beans.Observable o) -> refreshDrives(plan));
    refreshDrives(plan);
  }

  /** Long texts wrap onto more lines instead of ending in "...". */
  private static void wrap(javafx.scene.control.Labeled l) {
    l.setWrapText(true);
    l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
  }

  private static Label mono(String id) {
    Label l = new Label();
    l.setId(id);
    l.getStyleClass().add("mono");
    l.setMnemonicParsing(false);
    return l;
  }

  private void chooseFolder(TextField folder) {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Parent folder of the training set");
    java.io.File f = chooser.showDialog(getScene().getWindow());
    if (f != null) {
      folder.setText(f.getPath());
    }
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

  private void refreshDrives(TrainingPlanViewModel plan) {
    drives.getChildren().clear();
    for (String d : plan.drives()) {
      drives.getChildren().add(toggle(d, vm.validationDrives(), d));
    }
  }
}
