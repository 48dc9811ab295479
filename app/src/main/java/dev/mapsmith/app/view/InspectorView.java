package dev.mapsmith.app.view;

import dev.mapsmith.app.viewmodel.AttributeRow;
import dev.mapsmith.app.viewmodel.InspectorViewModel;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.LinePattern;
import dev.mapsmith.core.map.PaintColor;
import dev.mapsmith.core.map.Primitive;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;

/** The inspector: the selected primitive's facts and editable attributes. */
final class InspectorView extends BorderPane {

  InspectorView(InspectorViewModel vm) {
    getStyleClass().add("inspector");
    TableView<AttributeRow> table = new TableView<>(vm.rows());
    table.setId("inspector-table");
    table.setEditable(true);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label("Select a primitive to see its attributes"));
    TableColumn<AttributeRow, String> key = new TableColumn<>("Attribute");
    key.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().key()));
    key.setEditable(false);
    key.setPrefWidth(110);
    TableColumn<AttributeRow, String> value = new TableColumn<>("Value");
    value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
    value.setCellFactory(
        c ->
            new TextFieldTableCell<>(new javafx.util.converter.DefaultStringConverter()) {
              @Override
              public void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                AttributeRow row = getTableRow() == null ? null : getTableRow().getItem();
                setEditable(row != null && row.editable());
              }
            });
    value.setOnEditCommit(e -> vm.edit(e.getRowValue().key(), e.getNewValue()));
    table.getColumns().add(key);
    table.getColumns().add(value);
    Label reason = new Label();
    reason.getStyleClass().add("hint");
    reason.setWrapText(true);
    reason
        .textProperty()
        .bind(vm.editDisabledReasonProperty().map(r -> r.isEmpty() ? "" : "Read only: " + r));
    reason.managedProperty().bind(reason.textProperty().isNotEmpty());
    setCenter(table);
    setBottom(new javafx.scene.layout.VBox(4, choices(vm), reason));
  }

  /**
   * A line's pattern and colour as choices (each choice is one undoable edit); hidden for polygons
   * and without a selection, disabled while attributes are read only.
   */
  private static javafx.scene.layout.HBox choices(InspectorViewModel vm) {
    ComboBox<String> pattern = choice("inspector-pattern", LinePattern.values());
    ComboBox<String> colour = choice("inspector-color", PaintColor.values());
    boolean[] showing = {false};
    Runnable show =
        () -> {
          Primitive p = vm.selectedProperty().get();
          showing[0] = true;
          try {
            pattern.setValue(
                p == null ? null : p.attributes().get(Attributes.SUBTYPE).orElse(null));
            colour.setValue(p == null ? null : p.attributes().get(Attributes.COLOR).orElse(null));
          } finally {
            showing[0] = false;
          }
        };
    vm.selectedProperty().addListener((o, a, b) -> show.run());
    pattern.setOnAction(
        e -> {
          if (!showing[0] && pattern.getValue() != null) {
            vm.edit(Attributes.SUBTYPE, pattern.getValue());
          }
        });
    colour.setOnAction(
        e -> {
          if (!showing[0] && colour.getValue() != null) {
            vm.edit(Attributes.COLOR, colour.getValue());
          }
        });
    javafx.scene.layout.HBox box =
        new javafx.scene.layout.HBox(6, new Label("Pattern"), pattern, new Label("Colour"), colour);
    box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    box.visibleProperty().bind(vm.selectedProperty().map(p -> !p.closed()).orElse(false));
    box.managedProperty().bind(box.visibleProperty());
    box.disableProperty().bind(vm.editDisabledReasonProperty().isNotEmpty());
    return box;
  }

  private static ComboBox<String> choice(String id, Enum<?>[] values) {
    ComboBox<String> c = new ComboBox<>();
    c.setId(id);
    for (Enum<?> v : values) {
      c.getItems().add(v.name().toLowerCase(java.util.Locale.ROOT));
    }
    return c;
  }
}
