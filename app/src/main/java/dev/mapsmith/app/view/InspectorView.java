package dev.mapsmith.app.view;

import dev.mapsmith.app.viewmodel.AttributeRow;
import dev.mapsmith.app.viewmodel.InspectorViewModel;
import javafx.beans.property.ReadOnlyStringWrapper;
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
    setBottom(reason);
  }
}
