package dev.mapsmith.app.view;

import dev.mapsmith.app.viewmodel.AttributeRow;
import dev.mapsmith.app.viewmodel.LaneletViewModel;
import dev.mapsmith.core.map.ReviewState;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.PropertyValueFactory;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;

/**
 * The selected lanelet's properties and relations, and the lane edits: verify or reject it,
 * reverse, split where it was clicked, merge with its successor, and set or remove a successor by
 * id.
 */
final class LaneletView extends BorderPane {

  LaneletView(LaneletViewModel vm) {
    TableView<AttributeRow> table = new TableView<>(vm.rows());
    TableColumn<AttributeRow, String> key = new TableColumn<>("Property");
    key.setCellValueFactory(new PropertyValueFactory<>("key"));
    TableColumn<AttributeRow, String> value = new TableColumn<>("Value");
    value.setCellValueFactory(new PropertyValueFactory<>("value"));
    table.getColumns().add(key);
    table.getColumns().add(value);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label("Click inside a lane in the top view to select its lanelet"));
    setCenter(table);
    TextField other = new TextField();
    other.setPromptText("lanelet id");
    other.setPrefColumnCount(6);
    Button reverse = button("Reverse", () -> vm.reverse());
    Button split = button("Split here", () -> vm.splitAtPick());
    Button merge = button("Merge with successor", () -> vm.mergeWithSuccessor());
    Button set = button("Set successor", () -> vm.setSuccessor(id(other)));
    Button remove = button("Remove successor", () -> vm.removeSuccessor(id(other)));
    Button verify = button("Verify", () -> vm.review(ReviewState.VERIFIED));
    Button reject = button("Reject", () -> vm.review(ReviewState.REJECTED));
    FlowPane actions =
        new FlowPane(4, 4, verify, reject, reverse, split, merge, other, set, remove);
    actions.disableProperty().bind(vm.selectedProperty().isEqualTo(0));
    setBottom(actions);
  }

  private static Button button(String text, Runnable action) {
    Button b = new Button(text);
    b.setOnAction(e -> action.run());
    return b;
  }

  /** The id typed in {@code f}, or 0 (which the commands refuse as "no lanelet 0"). */
  private static long id(TextField f) {
    try {
      return Long.parseLong(f.getText().trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
