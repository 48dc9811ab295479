package dev.mapsmith.app.viewmodel;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * The open project's map as the window shows it: kept on the UI thread and changed only by the
 * project session's {@link MapDelta}s, each applied in time proportional to its size. Tells its
 * listeners what each delta did ({@link Edit}: added, changed with the value before, removed),
 * keeps a grid index for window queries and the ids still to review. Read it on the UI thread;
 * background work takes {@link #snapshot()}.
 */
public final class MapModel implements MapView {

  /** A primitive's value before and after a change. */
  public record Changed(Primitive before, Primitive after) {}

  /** What one delta did; {@code reset} when the whole map was replaced (listeners start over). */
  public record Edit(
      boolean reset, List<Primitive> added, List<Changed> changed, List<Primitive> removed) {}

  /** Told on the UI thread after each applied delta. */
  @FunctionalInterface
  public interface Listener {
    void edited(Edit edit);
  }

  static final double CELL_METRES = 50;

  private final FrameOfReference frame;
  private final Map<Long, Primitive> byId = new LinkedHashMap<>();
  private final GridIndex grid = new GridIndex(CELL_METRES);
  private final Map<Long, Bounds2> bounds = new java.util.HashMap<>(); // computed once per value
  private final TreeSet<Long> toReview = new TreeSet<>();
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();
  private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(this, "version");
  private LaneMap snapshot;

  public MapModel(FrameOfReference frame) {
    this.frame = frame;
  }

  /** A model holding {@code map}'s primitives (tests, one-off use). */
  public static MapModel of(MapView map) {
    MapModel m = new MapModel(map.frame());
    m.apply(new MapDelta(true, List.copyOf(map.primitives()), java.util.Set.of()));
    return m;
  }

  /** Applies {@code delta} and tells the listeners; returns what it did. */
  public Edit apply(MapDelta delta) {
    if (delta.isEmpty()) {
      return new Edit(false, List.of(), List.of(), List.of());
    }
    List<Primitive> added = new ArrayList<>(), removed = new ArrayList<>();
    List<Changed> changed = new ArrayList<>();
    if (delta.reset()) {
      byId.clear();
      bounds.clear();
      grid.clear();
      toReview.clear();
    }
    for (long id : delta.removed()) {
      Primitive old = byId.remove(id);
      if (old != null) {
        unindex(old);
        removed.add(old);
      }
    }
    for (Primitive p : delta.upserted()) {
      Primitive old = byId.put(p.id(), p);
      if (old != null) {
        unindex(old);
        changed.add(new Changed(old, p));
      } else {
        added.add(p);
      }
      index(p);
    }
    snapshot = null;
    Edit edit = new Edit(delta.reset(), added, changed, removed);
    listeners.forEach(l -> l.edited(edit));
    version.set(version.get() + 1);
    return edit;
  }

  private void index(Primitive p) {
    Bounds2 b = p.geometry().bounds();
    bounds.put(p.id(), b);
    grid.add(p.id(), b);
    if (p.review() == ReviewState.AUTO) {
      toReview.add(p.id());
    }
  }

  private void unindex(Primitive p) {
    Bounds2 b = bounds.remove(p.id());
    grid.remove(p.id(), b != null ? b : p.geometry().bounds());
    toReview.remove(p.id());
  }

  public void addListener(Listener l) {
    listeners.add(l);
  }

  public void removeListener(Listener l) {
    listeners.remove(l);
  }

  /** Counts the applied deltas; changes after each (for views that redraw on any change). */
  public ReadOnlyLongProperty versionProperty() {
    return version.getReadOnlyProperty();
  }

  /** An immutable copy for background work, made on first call after a change. */
  public LaneMap snapshot() {
    if (snapshot == null) {
      snapshot = new LaneMap(frame, new ArrayList<>(byId.values()));
    }
    return snapshot;
  }

  /**
   * The next primitive after {@code afterId} (by id, wrapping) still in review state AUTO, or 0.
   */
  public long nextUnreviewed(long afterId) {
    Long next = toReview.higher(afterId);
    return next != null ? next : toReview.isEmpty() ? 0 : toReview.first();
  }

  @Override
  public FrameOfReference frame() {
    return frame;
  }

  @Override
  public Collection<Primitive> primitives() {
    return Collections.unmodifiableCollection(byId.values());
  }

  @Override
  public Optional<Primitive> get(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Calls {@code action} for each primitive whose bounds intersect {@code area}, in no order. */
  public void visitWithin(Bounds2 area, java.util.function.Consumer<Primitive> action) {
    for (long id : grid.near(area)) {
      Bounds2 b = bounds.get(id);
      if (b != null && b.intersects(area)) {
        action.accept(byId.get(id));
      }
    }
  }

  /** The primitives whose bounds intersect {@code area}, by id, found through the grid. */
  @Override
  public List<Primitive> within(Bounds2 area) {
    List<Primitive> out = new ArrayList<>();
    visitWithin(area, out::add);
    out.sort(Comparator.comparingLong(Primitive::id));
    return out;
  }
}
