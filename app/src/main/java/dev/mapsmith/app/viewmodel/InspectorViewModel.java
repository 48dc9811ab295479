package dev.mapsmith.app.viewmodel;

import dev.mapsmith.core.map.Primitive;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The inspector: the selected primitive's fixed facts (id, class, review, confidence, provenance)
 * and its attributes, which are editable when a project is open. An edit goes to the editor (the
 * labeling module's command stack); the inspector never changes a primitive by itself.
 */
public final class InspectorViewModel {

  private final ObjectProperty<Primitive> selected = new SimpleObjectProperty<>(this, "selected");
  private final ObservableList<AttributeRow> rows = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper editDisabledReason =
      new ReadOnlyStringWrapper(this, "editDisabledReason", "");
  private BiConsumer<Primitive, AttributeRow> editor;

  public InspectorViewModel() {
    selected.addListener((o, a, b) -> refresh());
  }

  public ObjectProperty<Primitive> selectedProperty() {
    return selected;
  }

  public ObservableList<AttributeRow> rows() {
    return rows;
  }

  /** Empty when attributes can be edited, else why not. */
  public ReadOnlyStringProperty editDisabledReasonProperty() {
    return editDisabledReason.getReadOnlyProperty();
  }

  /** Sets who applies edits (null: editing disabled, with {@code reason}). */
  public void setEditor(BiConsumer<Primitive, AttributeRow> editor, String reason) {
    this.editor = editor;
    editDisabledReason.set(editor == null ? reason : "");
    refresh();
  }

  /** Asks the editor to set attribute {@code key} to {@code value} on the selected primitive. */
  public boolean edit(String key, String value) {
    Primitive p = selected.get();
    if (p == null || editor == null) {
      return false;
    }
    editor.accept(p, new AttributeRow(key, value, true));
    return true;
  }

  private void refresh() {
    Primitive p = selected.get();
    List<AttributeRow> list = new ArrayList<>();
    if (p != null) {
      list.add(new AttributeRow("id", Long.toString(p.id()), false));
      list.add(new AttributeRow("class", p.mapClass().key(), false));
      list.add(new AttributeRow("review", p.review().key(), false));
      list.add(new AttributeRow("confidence", String.format("%.3f", p.confidence()), false));
      list.add(new AttributeRow("vertices", Integer.toString(p.geometry().size()), false));
      list.add(
          new AttributeRow(
              "provenance",
              p.provenance().method()
                  + (p.provenance().version().isEmpty() ? "" : " " + p.provenance().version()),
              false));
      boolean editable = editor != null;
      p.attributes().asMap().forEach((k, v) -> list.add(new AttributeRow(k, v, editable)));
      for (String key : AttributeRules.offered(p)) {
        if (p.attributes().get(key).isEmpty()) {
          list.add(new AttributeRow(key, "", editable));
        }
      }
    }
    if (list.size() != rows.size()) {
      rows.setAll(list);
      return;
    }
    for (int i = 0; i < list.size(); i++) { // the same rows: only those that changed are set
      if (!list.get(i).equals(rows.get(i))) {
        rows.set(i, list.get(i));
      }
    }
  }
}
