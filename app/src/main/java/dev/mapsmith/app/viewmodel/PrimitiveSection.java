package dev.mapsmith.app.viewmodel;

import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * The explorer's "Primitives" branch: groups by class, then review state, each labelled with its
 * count; a group's leaves are made only when it is first expanded. Follows the {@link MapModel}
 * edit by edit: an edit relabels the groups whose counts changed and inserts, replaces or removes
 * only the leaves of the primitives it touched (in groups already expanded). {@link #touched()}
 * counts the tree items made, relabelled, inserted or removed. A leaf whose label an edit leaves as
 * it was (a moved vertex) is not touched; its payload may then be an older value of the primitive:
 * users of the tree look the primitive up by id.
 */
final class PrimitiveSection implements MapModel.Listener {

  private final TreeItem<ExplorerNode> item;
  private final Map<MapClass, TreeItem<ExplorerNode>> classItems = new EnumMap<>(MapClass.class);
  private final Map<MapClass, Map<ReviewState, Group>> groups = new EnumMap<>(MapClass.class);
  private MapModel map;
  private long touched;
  private boolean updating;

  PrimitiveSection() {
    item = new TreeItem<>(ExplorerNode.group("Primitives (no project open)", List.of()));
  }

  TreeItem<ExplorerNode> item() {
    return item;
  }

  long touched() {
    return touched;
  }

  /** Shows {@code m} (null: no project), following its edits from now on. */
  void show(MapModel m) {
    if (map != null) {
      map.removeListener(this);
    }
    map = m;
    if (m != null) {
      m.addListener(this);
    }
    rebuild();
  }

  private void rebuild() {
    classItems.clear();
    groups.clear();
    item.getChildren().clear();
    touched++;
    if (map == null) {
      item.setValue(ExplorerNode.group("Primitives (no project open)", List.of()));
      return;
    }
    for (Primitive p : map.primitives()) {
      group(p.mapClass(), p.review()).ids.add(p.id());
    }
    groups.values().forEach(byState -> byState.values().forEach(Group::relabel));
    classItems.keySet().forEach(this::relabel);
    relabelTop();
  }

  /** Whether an edit is being applied (a selection change now is the tree's, not the user's). */
  boolean updating() {
    return updating;
  }

  @Override
  public void edited(MapModel.Edit e) {
    updating = true;
    try {
      apply(e);
    } finally {
      updating = false;
    }
  }

  private void apply(MapModel.Edit e) {
    if (e.reset()) {
      rebuild();
      return;
    }
    java.util.Set<Group> dirty = new java.util.LinkedHashSet<>();
    for (Primitive p : e.removed()) {
      dirty.add(remove(p));
    }
    for (MapModel.Changed c : e.changed()) {
      Primitive b = c.before(), a = c.after();
      if (b.mapClass() == a.mapClass() && b.review() == a.review()) {
        group(a.mapClass(), a.review()).replace(a);
      } else {
        dirty.add(remove(b));
        dirty.add(add(a));
      }
    }
    for (Primitive p : e.added()) {
      dirty.add(add(p));
    }
    java.util.Set<MapClass> classes = java.util.EnumSet.noneOf(MapClass.class);
    for (Group g : dirty) {
      classes.add(g.mapClass);
      if (g.ids.isEmpty()) {
        drop(g);
      } else {
        g.relabel();
      }
    }
    classes.forEach(this::relabel);
    if (!e.added().isEmpty() || !e.removed().isEmpty()) {
      relabelTop();
    }
  }

  private Group add(Primitive p) {
    Group g = group(p.mapClass(), p.review());
    g.ids.add(p.id());
    g.insert(p);
    return g;
  }

  private Group remove(Primitive p) {
    Group g = group(p.mapClass(), p.review());
    g.ids.remove(p.id());
    g.delete(p.id());
    return g;
  }

  /** The group of class {@code c} and state {@code s}, made (and put in the tree) if new. */
  private Group group(MapClass c, ReviewState s) {
    Map<ReviewState, Group> byState =
        groups.computeIfAbsent(c, k -> new EnumMap<>(ReviewState.class));
    Group g = byState.get(s);
    if (g == null) {
      g = new Group(c, s);
      byState.put(s, g);
      TreeItem<ExplorerNode> classItem = classItems.get(c);
      if (classItem == null) {
        classItem = new TreeItem<>(ExplorerNode.group(c.key(), List.of()));
        classItems.put(c, classItem);
        insertOrdered(item.getChildren(), classItem, c.ordinal(), classItems.keySet());
        touched++;
      }
      insertOrdered(classItem.getChildren(), g, s.ordinal(), byState.keySet());
      touched++;
    }
    return g;
  }

  /** Inserts {@code child} among siblings kept in enum order ({@code present} holds all keys). */
  private static <E extends Enum<E>> void insertOrdered(
      ObservableList<TreeItem<ExplorerNode>> siblings,
      TreeItem<ExplorerNode> child,
      int ordinal,
      java.util.Set<E> present) {
    int before = 0;
    for (E k : present) {
      if (k.ordinal() < ordinal) {
        before++;
      }
    }
    siblings.add(Math.min(before, siblings.size()), child);
  }

  private void drop(Group g) {
    Map<ReviewState, Group> byState = groups.get(g.mapClass);
    byState.remove(g.state);
    TreeItem<ExplorerNode> classItem = classItems.get(g.mapClass);
    classItem.getChildren().remove(g);
    touched++;
    if (byState.isEmpty()) {
      groups.remove(g.mapClass);
      classItems.remove(g.mapClass);
      item.getChildren().remove(classItem);
    }
  }

  private void relabel(MapClass c) {
    TreeItem<ExplorerNode> classItem = classItems.get(c);
    if (classItem == null) {
      return;
    }
    int n = groups.get(c).values().stream().mapToInt(g -> g.ids.size()).sum();
    setLabel(classItem, c.key() + " (" + n + ")");
  }

  private void relabelTop() {
    setLabel(item, "Primitives (" + map.primitives().size() + ")");
  }

  /**
   * Sets a group's label when it differs: a changed value makes the tree view rebuild its visible
   * cells, so an unchanged one is left alone.
   */
  private void setLabel(TreeItem<ExplorerNode> group, String label) {
    if (group.getValue() == null || !group.getValue().label().equals(label)) {
      group.setValue(ExplorerNode.group(label, List.of()));
      touched++;
    }
  }

  /** One class and review state: the ids in it, and its leaves once expanded. */
  private final class Group extends TreeItem<ExplorerNode> {
    final MapClass mapClass;
    final ReviewState state;
    final TreeSet<Long> ids = new TreeSet<>();
    private boolean loaded;

    Group(MapClass c, ReviewState s) {
      super(ExplorerNode.group(s.key(), List.of()));
      this.mapClass = c;
      this.state = s;
    }

    void relabel() {
      setLabel(this, state.key() + " (" + ids.size() + ")");
    }

    @Override
    public boolean isLeaf() {
      return false;
    }

    @Override
    public ObservableList<TreeItem<ExplorerNode>> getChildren() {
      if (!loaded) {
        loaded = true;
        List<TreeItem<ExplorerNode>> leaves = new java.util.ArrayList<>(ids.size());
        for (long id : ids) {
          leaves.add(new TreeItem<>(leaf(map.get(id).orElseThrow())));
        }
        touched += leaves.size();
        super.getChildren().setAll(leaves);
      }
      return super.getChildren();
    }

    void insert(Primitive p) {
      if (loaded) {
        List<TreeItem<ExplorerNode>> c = super.getChildren();
        c.add(-position(c, p.id()) - 1, new TreeItem<>(leaf(p)));
        touched++;
      }
    }

    void delete(long id) {
      if (loaded) {
        List<TreeItem<ExplorerNode>> c = super.getChildren();
        int i = position(c, id);
        if (i >= 0) {
          c.remove(i);
          touched++;
        }
      }
    }

    void replace(Primitive p) {
      if (loaded) {
        List<TreeItem<ExplorerNode>> c = super.getChildren();
        int i = position(c, p.id());
        ExplorerNode now = leaf(p);
        if (i >= 0 && !c.get(i).getValue().label().equals(now.label())) {
          c.get(i).setValue(now); // else the leaf stays: its payload is looked up by id when used
          touched++;
        }
      }
    }

    /** Binary search by id among leaves sorted by id (as {@link java.util.Collections}). */
    private static int position(List<TreeItem<ExplorerNode>> leaves, long id) {
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

  static ExplorerNode leaf(Primitive p) {
    return ExplorerNode.leaf(
        String.format(
            "#%d %s, %d vertices, conf %.2f, %s",
            p.id(),
            p.mapClass().key(),
            p.geometry().size(),
            p.confidence(),
            p.provenance().method()),
        ExplorerNode.Kind.PRIMITIVE,
        p);
  }
}
