package dev.mapsmith.app.viewmodel;

import dev.mapsmith.core.map.Primitive;
import java.util.List;
import java.util.Set;

/**
 * What one call into the project changed in its map, batched: the primitives now present that were
 * added or changed ({@code upserted}, their new values) and the ids removed. {@code reset} means
 * the map is exactly {@code upserted} (the first state of a project). Immutable.
 */
public record MapDelta(boolean reset, List<Primitive> upserted, Set<Long> removed) {

  public static final MapDelta NONE = new MapDelta(false, List.of(), Set.of());

  public MapDelta {
    upserted = List.copyOf(upserted);
    removed = Set.copyOf(removed);
  }

  public boolean isEmpty() {
    return !reset && upserted.isEmpty() && removed.isEmpty();
  }
}
