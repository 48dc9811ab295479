package dev.mapsmith.app.viewmodel;

import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

/**
 * The explorer's "Primitives" branch: groups by class, then review state ({@link PrimitiveGroup}:
 * pages of ids when large), each with its count in its text; leaves are made only when a group or
 * page is first opened. Follows the {@link MapModel} edit by edit: an edit changes the texts of the
 * groups whose counts changed (their values stay, so the tree view redraws only those cells) and
 * inserts, replaces or removes only the leaves of the primitives it touched. A group or page made
 * again (emptied by an edit, refilled by its undo) opens as it was. {@link #touched()} counts the
 * tree items made, relabelled, inserted or removed.
 */
final class PrimitiveSection implements MapModel.Listener {

  private final ExplorerItem item;
  private final Map<MapClass, ExplorerItem> classItems = new EnumMap<>(MapClass.class);
  private final Map<MapClass, Map<ReviewState, PrimitiveGroup>> groups =
      new EnumMap<>(MapClass.class);
  private final Set<String> expanded = new HashSet<>(); // keys of the items the user opened
  private MapModel map;
  private LeafRun opened; // the page reveal opened last, to close when it opens another
  private long touched;
  private boolean updating;

  PrimitiveSection() {
    item =
        new ExplorerItem(
            new ExplorerNode(
                "Primitives (no project open)", ExplorerNode.Kind.GROUP, "", List.of()));
  }

  TreeItem<ExplorerNode> item() {
    return item;
  }

  long touched() {
    return touched;
  }

  void touch(int items) {
    touched += items;
  }

  /** Sets an item's text; counts it when it changed. */
  boolean setText(ExplorerItem i, String text) {
    boolean changed = i.setText(text);
    if (changed) {
      touched++;
    }
    return changed;
  }

  Primitive primitive(long id) {
    return map.get(id).orElseThrow();
  }

  /** Opens {@code i} as the item of the same {@code key} was, and remembers when it is opened. */
  void remember(TreeItem<ExplorerNode> i, String key) {
    i.setExpanded(expanded.contains(key));
    i.expandedProperty()
        .addListener(
            (o, was, on) -> {
              if (on) {
                expanded.add(key);
              } else {
                expanded.remove(key);
              }
            });
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
    opened = null;
    item.getChildren().clear();
    touched++;
    if (map == null) {
      setText(item, "Primitives (no project open)");
      return;
    }
    for (Primitive p : map.primitives()) {
      group(p.mapClass(), p.review()).ids.add(p.id());
    }
    groups.values().forEach(byState -> byState.values().forEach(PrimitiveGroup::relabel));
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
    Set<PrimitiveGroup> dirty = new java.util.LinkedHashSet<>();
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
    Set<MapClass> classes = java.util.EnumSet.noneOf(MapClass.class);
    for (PrimitiveGroup g : dirty) {
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

  private PrimitiveGroup add(Primitive p) {
    PrimitiveGroup g = group(p.mapClass(), p.review());
    g.add(p);
    return g;
  }

  private PrimitiveGroup remove(Primitive p) {
    PrimitiveGroup g = group(p.mapClass(), p.review());
    g.remove(p.id());
    return g;
  }

  /** The group of class {@code c} and state {@code s}, made (and put in the tree) if new. */
  private PrimitiveGroup group(MapClass c, ReviewState s) {
    Map<ReviewState, PrimitiveGroup> byState =
        groups.computeIfAbsent(c, k -> new EnumMap<>(ReviewState.class));
    PrimitiveGroup g = byState.get(s);
    if (g == null) {
      g = new PrimitiveGroup(c, s, this);
      remember(g, g.key());
      byState.put(s, g);
      ExplorerItem classItem = classItems.get(c);
      if (classItem == null) {
        classItem = // the key as payload: no two items have equal values
            new ExplorerItem(
                new ExplorerNode(c.key(), ExplorerNode.Kind.GROUP, c.key(), List.of()));
        remember(classItem, c.key());
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
      Set<E> present) {
    int before = 0;
    for (E k : present) {
      if (k.ordinal() < ordinal) {
        before++;
      }
    }
    siblings.add(Math.min(before, siblings.size()), child);
  }

  private void drop(PrimitiveGroup g) {
    Map<ReviewState, PrimitiveGroup> byState = groups.get(g.mapClass);
    byState.remove(g.state);
    ExplorerItem classItem = classItems.get(g.mapClass);
    classItem.getChildren().remove(g);
    touched++;
    if (byState.isEmpty()) {
      groups.remove(g.mapClass);
      classItems.remove(g.mapClass);
      item.getChildren().remove(classItem);
    }
  }

  private void relabel(MapClass c) {
    ExplorerItem classItem = classItems.get(c);
    if (classItem == null) {
      return;
    }
    int n = groups.get(c).values().stream().mapToInt(g -> g.ids.size()).sum();
    setText(classItem, c.key() + " (" + n + ")");
  }

  private void relabelTop() {
    setText(item, "Primitives (" + map.primitives().size() + ")");
  }

  /**
   * The leaf of {@code p} (looked up by its id, class and review state), with every item above it
   * opened; null when the tree does not hold it. A page of ids it had to open is closed again when
   * the next reveal opens another, so following selections does not leave pages open.
   */
  TreeItem<ExplorerNode> reveal(Primitive p) {
    Map<ReviewState, PrimitiveGroup> byState = groups.get(p.mapClass());
    PrimitiveGroup g = byState == null ? null : byState.get(p.review());
    if (g == null || !g.ids.contains(p.id())) {
      return null;
    }
    item.setExpanded(true);
    classItems.get(p.mapClass()).setExpanded(true);
    g.setExpanded(true);
    LeafRun page = g.pageFor(p.id());
    if (page == null) {
      return g.leafOf(p.id());
    }
    if (page != opened) { // the page opened for the last selection closes again
      if (opened != null) {
        opened.setExpanded(false);
      }
      opened = page.isExpanded() ? null : page;
      page.setExpanded(true);
    }
    return page.leafOf(p.id());
  }

  /** A primitive's leaf: "#12 divider, 5 vertices, conf 0.90, classical". */
  static ExplorerNode leaf(Primitive p) {
    long hundredths = Math.round(p.confidence() * 100);
    String conf =
        hundredths >= 0
            ? hundredths / 100 + "." + (hundredths % 100 < 10 ? "0" : "") + hundredths % 100
            : String.format(java.util.Locale.ROOT, "%.2f", p.confidence());
    String label =
        "#"
            + p.id()
            + " "
            + p.mapClass().key()
            + ", "
            + p.geometry().size()
            + " vertices, conf "
            + conf
            + ", "
            + p.provenance().method();
    return ExplorerNode.leaf(label, ExplorerNode.Kind.PRIMITIVE, p);
  }
}
