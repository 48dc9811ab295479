package dev.mapsmith.app.viewmodel;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TreeItem;

/**
 * An explorer item whose shown text (a group's name and count) can change while its value stays:
 * the tree view then updates only the cell showing it, where a new value would make it rebuild
 * every visible cell. Items of other kinds show their value's label.
 */
public class ExplorerItem extends TreeItem<ExplorerNode> {

  private final ReadOnlyStringWrapper text;

  ExplorerItem(ExplorerNode node) {
    super(node);
    text = new ReadOnlyStringWrapper(this, "text", node.label());
  }

  /** The text shown for this item. */
  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }

  /** Sets the shown text; returns whether it changed. */
  boolean setText(String t) {
    if (t.equals(text.get())) {
      return false;
    }
    text.set(t);
    return true;
  }

  /** The text shown for {@code item}: an explorer item's live text, else its value's label. */
  public static String textOf(TreeItem<ExplorerNode> item) {
    if (item instanceof ExplorerItem e) {
      return e.text.get();
    }
    return item.getValue() == null ? "" : item.getValue().label();
  }
}
