package dev.mapsmith.app.view;

import dev.mapsmith.app.model.FindingRow;
import dev.mapsmith.app.model.LoadedDrive;
import dev.mapsmith.app.viewmodel.ChangePlace;
import dev.mapsmith.app.viewmodel.ChangeRow;
import dev.mapsmith.app.viewmodel.ChangesViewModel;
import dev.mapsmith.app.viewmodel.MainViewModel;
import dev.mapsmith.core.geom.Point3;
import java.io.File;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Changes view (issue 19): check the project's map against the open drives, the verdicts in a
 * sortable table (confidence first) filtered by verdict and decision; selecting one flies the top
 * view, the 3D view and the camera to it (the top view draws prior and found geometry); accept or
 * reject it; export the reviewed changes or the map after them.
 */
final class ChangesView extends VBox {

  private final MainViewModel main;
  private final ChangesViewModel vm;
  private final TableView<ChangeRow> table = new TableView<>();

  ChangesView(MainViewModel main, ChangesViewModel vm) {
    super(4);
    this.main = main;
    this.vm = vm;
    setId("changes-view");
    Button check = button("Check for changes", "changes-check", () -> vm.detect(false));
    Button learned = button("Check (learned)", "changes-check-learned", () -> vm.detect(true));
    ChoiceBox<String> verdicts =
        new ChoiceBox<>(FXCollections.observableList(ChangesViewModel.VERDICT_FILTERS));
    verdicts.setId("changes-verdict-filter");
    verdicts.valueProperty().bindBidirectional(vm.verdictFilterProperty());
    ChoiceBox<String> decisions =
        new ChoiceBox<>(FXCollections.observableList(ChangesViewModel.DECISION_FILTERS));
    decisions.setId("changes-decision-filter");
    decisions.valueProperty().bindBidirectional(vm.decisionFilterProperty());
    Label summary = new Label();
    summary.setId("changes-summary");
    summary.setWrapText(true);
    summary.textProperty().bind(vm.summaryProperty());

    table.setId("changes-table");
    SortedList<ChangeRow> sorted = new SortedList<>(vm.shown());
    sorted.comparatorProperty().bind(table.comparatorProperty());
    table.setItems(sorted);
    table.getColumns().add(text("Verdict", ChangeRow::verdictKey));
    table.getColumns().add(text("Class", ChangeRow::mapClass));
    table.getColumns().add(text("Element", ChangeRow::element));
    TableColumn<ChangeRow, Double> confidence = new TableColumn<>("Conf.");
    confidence.setCellValueFactory(c -> new SimpleObjectProperty<>(c.getValue().confidence()));
    confidence.setSortType(TableColumn.SortType.DESCENDING);
    table.getColumns().add(confidence);
    table.getColumns().add(text("Decision", ChangeRow::decision));
    table.getColumns().add(text("Detail", ChangeRow::detail));
    table.getSortOrder().add(confidence);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
    VBox.setVgrow(table, Priority.ALWAYS);

    Label detail = new Label();
    detail.setId("changes-detail");
    detail.setWrapText(true);
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, a, r) -> {
              if (r != null) {
                vm.selectedProperty().set(r);
              }
            });
    vm.selectedProperty()
        .addListener(
            (o, a, r) -> {
              detail.setText(r == null ? "" : describe(r));
              if (r != null && table.getSelectionModel().getSelectedItem() != r) {
                table.getSelectionModel().select(r);
              }
              if (r != null && (a == null || a.index() != r.index())) {
                flyTo(r);
              }
            });
    Button accept = button("Accept", "changes-accept", () -> decide(true));
    Button reject = button("Reject", "changes-reject", () -> decide(false));
    Button next =
        button(
            "Next to review",
            "changes-next",
            () -> vm.selectedProperty().set(vm.nextPending(vm.selectedProperty().get())));
    Button exportChanges = button("Export changes...", "changes-export", this::chooseExport);
    Button exportMap =
        button("Export map...", "changes-export-map", () -> new ExportMapChooser(main, this).run());
    ListView<String> areas = new ListView<>(vm.areaProgress());
    areas.setId("changes-areas");
    areas.setPrefHeight(3 * 24 + 4);
    areas.setMinHeight(0);
    getChildren()
        .addAll(
            new FlowPane(4, 4, check, learned, verdicts, decisions),
            summary,
            table,
            detail,
            new FlowPane(4, 4, accept, reject, next, exportChanges, exportMap),
            areas);
  }

  /**
   * The Changes tab: the list beside a top view of its own (with the change drawn over it), so the
   * place of each change is seen while the list is worked through.
   */
  static javafx.scene.control.Tab tab(MainViewModel main, ChangesViewModel vm) {
    TopView top = new TopView(main);
    top.setId("changes-top-view"); // lookups of #top-view find the main one
    TopViewPane pane = new TopViewPane(top, main);
    pane.getChildren().add(1, new ChangeOverlay(top, pane, vm));
    javafx.scene.control.SplitPane split =
        new javafx.scene.control.SplitPane(new ChangesView(main, vm), pane);
    split.setId("changes-tab");
    split.setDividerPositions(0.45);
    return new javafx.scene.control.Tab("Changes", split);
  }

  private static Button button(String text, String id, Runnable action) {
    Button b = new Button(text);
    b.setId(id);
    b.setOnAction(e -> action.run());
    return b;
  }

  private static TableColumn<ChangeRow, String> text(String title, Function<ChangeRow, String> f) {
    TableColumn<ChangeRow, String> c = new TableColumn<>(title);
    c.setCellValueFactory(x -> new SimpleStringProperty(f.apply(x.getValue())));
    return c;
  }

  private void decide(boolean accept) {
    ChangeRow r = vm.selectedProperty().get();
    if (accept) {
      vm.accept(r);
    } else {
      vm.reject(r);
    }
  }

  private static String describe(ChangeRow r) {
    return String.format(
        "%s %s %s: %s. Evidence: %s. Drives: %s.%s",
        r.key(),
        r.mapClass(),
        r.element(),
        r.detail(),
        r.evidence(),
        r.drives(),
        r.mark() == null ? "" : " " + r.decision() + " by " + r.reviewer());
  }

  /** Selects the element, centres the top and 3D views on the change, shows the nearest frame. */
  private void flyTo(ChangeRow r) {
    double[] at = r.verdict().at();
    double z = main.groundZ(at[0], at[1], 0);
    main.showFinding(
        new FindingRow("info", r.detail(), r.verdict().element(), new Point3(at[0], at[1], z)));
    LoadedDrive d = main.activeDriveProperty().get();
    int frame = d == null ? -1 : ChangePlace.nearestFrame(d, at[0], at[1]);
    if (frame >= 0) {
      main.timeline().frameProperty().set(frame);
    }
  }

  private void chooseExport() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export the reviewed changes (JSON or GeoJSON)");
    chooser.setInitialFileName("changes-reviewed.json");
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("JSON", "*.json"),
            new FileChooser.ExtensionFilter("GeoJSON", "*.geojson"));
    File f = chooser.showSaveDialog(getScene().getWindow());
    if (f != null) {
      vm.exportReview(f.toPath());
    }
  }
}
