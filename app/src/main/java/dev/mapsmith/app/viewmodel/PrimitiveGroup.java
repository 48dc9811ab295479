package dev.mapsmith.app.viewmodel;

import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import javafx.scene.control.TreeItem;

/**
 * The primitives of one class and review state in the explorer. Up to {@link #PAGE} of them show as
 * leaves; more show as pages of id ranges ("ids 1001–1100 (97)"), each a {@link LeafRun} with its
 * leaves made when it is opened, so opening a page, or an edit in one, costs the tree about a
 * page's leaves whatever the project's size. A range's width (1, 2 or 5 times a power of ten) is
 * chosen when the group is first opened so that a page holds about {@link #PAGE} of its ids, and
 * chosen again only when the group has doubled or halved since; a group that shrinks to half a page
 * shows leaves again.
 */
final class PrimitiveGroup extends LeafRun {

  static final int PAGE = 100;

  final MapClass mapClass;
  final ReviewState state;
  private final TreeMap<Long, LeafRun> pages = new TreeMap<>(); // when paged and loaded
  private boolean paged;
  private long width = PAGE; // ids per page
  private int loadedSize; // ids when the pages were made

  PrimitiveGroup(MapClass c, ReviewState s, PrimitiveSection section) {
    super(s.key(), c.key() + "/" + s.key(), section);
    this.mapClass = c;
    this.state = s;
  }

  String key() {
    return mapClass.key() + "/" + state.key();
  }

  @Override
  void load() {
    paged = ids.size() > PAGE;
    pages.clear();
    loadedSize = ids.size();
    if (!paged) {
      super.load();
      return;
    }
    width = width(ids.first(), ids.last(), ids.size());
    for (long id : ids) {
      pages.computeIfAbsent(pageOf(id), this::newPage).ids.add(id);
    }
    List<TreeItem<ExplorerNode>> items = new ArrayList<>(pages.values());
    pages.values().forEach(LeafRun::relabel);
    super.getChildren().setAll(items);
    section.touch(items.size());
  }

  /** The page width that puts about {@link #PAGE} of {@code n} ids from first to last in a page. */
  static long width(long first, long last, int n) {
    double want = (double) PAGE * (last - first + 1) / n;
    long w = PAGE;
    for (long p = 1; p <= Long.MAX_VALUE / 10; p *= 10) {
      for (long m : new long[] {1, 2, 5}) {
        if (m * p >= want && m * p >= PAGE) {
          return m * p;
        }
      }
    }
    return w;
  }

  private long pageOf(long id) {
    return (id - 1) / width;
  }

  private LeafRun newPage(long k) {
    String key = key() + "/" + width + "/" + k;
    LeafRun page =
        new LeafRun("ids " + (k * width + 1) + "\u2013" + ((k + 1) * width), key, section);
    section.remember(page, key);
    return page;
  }

  @Override
  void add(Primitive p) {
    if (!loaded || !paged) {
      super.add(p);
      return;
    }
    ids.add(p.id());
    long k = pageOf(p.id());
    LeafRun page = pages.get(k);
    if (page == null) {
      page = newPage(k);
      pages.put(k, page);
      super.getChildren().add(pages.headMap(k).size(), page);
      section.touch(1);
    }
    page.add(p);
    page.relabel();
  }

  @Override
  void remove(long id) {
    if (!loaded || !paged) {
      super.remove(id);
      return;
    }
    ids.remove(id);
    long k = pageOf(id);
    LeafRun page = pages.get(k);
    if (page != null) {
      page.remove(id);
      if (page.ids.isEmpty()) {
        pages.remove(k);
        super.getChildren().remove(page);
        section.touch(1);
      } else {
        page.relabel();
      }
    }
  }

  @Override
  void replace(Primitive p) {
    if (!loaded || !paged) {
      super.replace(p);
      return;
    }
    LeafRun page = pages.get(pageOf(p.id()));
    if (page != null) {
      page.replace(p);
    }
  }

  /**
   * Shows the count, and makes the pages (or leaves) again when the group has crossed a page's size
   * (more than a page: pages; under half a page: leaves) or, paged, has doubled or halved.
   */
  @Override
  boolean relabel() {
    int n = ids.size();
    if (loaded && (paged ? n < PAGE / 2 || n > 2 * loadedSize || n < loadedSize / 2 : n > PAGE)) {
      load();
    }
    return super.relabel();
  }

  /** The page that holds (or would hold) {@code id}, its leaves not made; null when not paged. */
  LeafRun pageFor(long id) {
    getChildren();
    return paged ? pages.get(pageOf(id)) : null;
  }
}
