package dev.mapsmith.app.viewmodel;

import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The selected primitives: the inspector's one (the last clicked) and, with Shift+click, more. A
 * plain selection of another primitive replaces them all; a refreshed copy of the same primitive
 * (after an edit) keeps them.
 */
public final class Selection {

  private final ObjectProperty<Primitive> primary;
  private final ObservableSet<Long> ids = FXCollections.observableSet(new LinkedHashSet<>());
  private boolean adding;

  Selection(ObjectProperty<Primitive> primary) {
    this.primary = primary;
    primary.addListener(
        (o, a, b) -> {
          if (adding || (a != null && b != null && a.id() == b.id())) {
            return;
          }
          ids.clear();
          if (b != null) {
            ids.add(b.id());
          }
        });
  }

  /** Selects only {@code p} (null: nothing). */
  public void select(Primitive p) {
    if (p == null) {
      clear();
      return;
    }
    primary.set(p);
    ids.clear();
    ids.add(p.id());
  }

  /** Adds {@code p} to the selection, or removes it when it is selected already (Shift+click). */
  public void toggle(Primitive p) {
    if (p == null) {
      return;
    }
    adding = true;
    try {
      if (ids.remove(p.id())) {
        Primitive next = primary.get();
        if (next != null && next.id() == p.id()) {
          primary.set(null);
        }
      } else {
        ids.add(p.id());
        primary.set(p);
      }
    } finally {
      adding = false;
    }
  }

  /** The ids of every selected primitive, in the order they were selected. */
  public ObservableSet<Long> ids() {
    return ids;
  }

  /** The selected primitives that {@code map} still holds. */
  public List<Primitive> in(MapView map) {
    List<Primitive> list = new ArrayList<>();
    if (map != null) {
      for (long id : Set.copyOf(ids)) {
        map.get(id).ifPresent(list::add);
      }
    }
    list.sort(java.util.Comparator.comparingLong(Primitive::id));
    return list;
  }

  /** Selects nothing. */
  public void clear() {
    primary.set(null);
    ids.clear();
  }
}
