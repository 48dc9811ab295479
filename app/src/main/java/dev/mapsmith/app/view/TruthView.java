package dev.mapsmith.app.view;

import dev.mapsmith.app.viewmodel.MainViewModel;
import dev.mapsmith.app.viewmodel.TruthViewModel;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The ground-truth check: summary, per-class AP (at 0.5 / 1.0 / 1.5 m) and the primitives worst
 * first; clicking one selects it.
 */
final class TruthView extends VBox {

  TruthView(MainViewModel vm) {
    super(4);
    setId("truth-view");
    Label summary = new Label();
    summary.setWrapText(true);
    summary.textProperty().bind(vm.truth().summaryProperty());
    ListView<String> scores = new ListView<>(vm.truth().classScores());
    scores.setId("truth-ap");
    scores.setPrefHeight(4 * 24 + 4);
    scores.setMinHeight(0);
    scores.getStyleClass().add("mono");
    ListView<TruthViewModel.Row> worst = new ListView<>(vm.truth().worst());
    worst.setId("truth-worst");
    worst.setCellFactory(
        l ->
            new ListCell<>() {
              @Override
              protected void updateItem(TruthViewModel.Row r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.label());
              }
            });
    worst
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, r) -> {
              if (r != null && vm.mapProperty().get() != null) {
                vm.inspector()
                    .selectedProperty()
                    .set(vm.mapProperty().get().get(r.primitiveId()).orElse(null));
              }
            });
    VBox.setVgrow(worst, Priority.ALWAYS);
    getChildren().addAll(summary, scores, worst);
  }
}
