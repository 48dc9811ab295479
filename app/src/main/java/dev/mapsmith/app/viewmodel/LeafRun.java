package dev.mapsmith.app.viewmodel;

import dev.mapsmith.core.map.Primitive;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.LongFunction;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * An explorer item holding primitives by id: its text is its name and count; its leaves, one per
 * primitive sorted by id, are made only when it is first expanded (or its children are asked for),
 * and then follow the edits one leaf at a time. {@link PrimitiveGroup} splits a large run into
 * pages of these.
 */
class LeafRun extends ExplorerItem {

  final TreeSet<Long> ids = new TreeSet<>();
  final PrimitiveSection section;
  private final String name;
  boolean loaded;

  /** {@code key}: unique in the tree (the value's payload, so no two items have equal values). */
  LeafRun(String name, String key, PrimitiveSection section) {
    super(new ExplorerNode(name, ExplorerNode.Kind.GROUP, key, List.of()));
    this.name = name;
    this.section = section;
  }

  /** Shows the current count; returns whether the text changed. */
  boolean relabel() {
    return section.setText(this, name + " (" + ids.size() + ")");
  }

  @Override
  public boolean isLeaf() {
    return false;
  }

  @Override
  public ObservableList<TreeItem<ExplorerNode>> getChildren() {
    if (!loaded) {
      loaded = true;
      load();
    }
    return super.getChildren();
  }

  /** Makes the children (first expansion). */
  void load() {
    super.getChildren().setAll(leaves(ids, section::primitive));
  }

  List<TreeItem<ExplorerNode>> leaves(Iterable<Long> of, LongFunction<Primitive> lookup) {
    List<TreeItem<ExplorerNode>> leaves = new ArrayList<>();
    for (long id : of) {
      leaves.add(new TreeItem<>(PrimitiveSection.leaf(lookup.apply(id))));
    }
    section.touch(leaves.size());
    return leaves;
  }

  void add(Primitive p) {
    ids.add(p.id());
    if (loaded) {
      List<TreeItem<ExplorerNode>> c = super.getChildren();
      c.add(-position(c, p.id()) - 1, new TreeItem<>(PrimitiveSection.leaf(p)));
      section.touch(1);
    }
  }

  void remove(long id) {
    ids.remove(id);
    if (loaded) {
      List<TreeItem<ExplorerNode>> c = super.getChildren();
      int i = position(c, id);
      if (i >= 0) {
        c.remove(i);
        section.touch(1);
      }
    }
  }

  /**
   * A primitive's new value: its leaf gets a new value only when its label changes (else its
   * payload may be an older value: users of the tree look the primitive up by id).
   */
  void replace(Primitive p) {
    if (loaded) {
      List<TreeItem<ExplorerNode>> c = super.getChildren();
      int i = position(c, p.id());
      ExplorerNode now = PrimitiveSection.leaf(p);
      if (i >= 0 && !c.get(i).getValue().label().equals(now.label())) {
        c.get(i).setValue(now);
        section.touch(1);
      }
    }
  }

  /** The leaf of primitive {@code id} (making the leaves if needed), or null. */
  TreeItem<ExplorerNode> leafOf(long id) {
    List<TreeItem<ExplorerNode>> c = getChildren();
    int i = position(c, id);
    return i >= 0 ? c.get(i) : null;
  }

  /** Binary search by id among leaves sorted by id (as {@link java.util.Collections}). */
  static int position(List<TreeItem<ExplorerNode>> leaves, long id) {
    int lo = 0, hi = leaves.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      long m = ((Primitive) leaves.get(mid).getValue().payload()).id();
      if (m < id) {
        lo = mid + 1;
      } else if (m > id) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -(lo + 1);
  }
}
