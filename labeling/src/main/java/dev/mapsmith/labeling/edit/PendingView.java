package dev.mapsmith.labeling.edit;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A map as it will be after a planned change: what a compound edit's later steps see. */
final class PendingView implements MapView {

  private final MapView base;
  private final Map<Long, Primitive> changed = new LinkedHashMap<>();

  PendingView(MapView base, Change change) {
    this.base = base;
    for (Change.Entry e : change.entries()) {
      changed.put(e.id(), e.after());
    }
  }

  @Override
  public FrameOfReference frame() {
    return base.frame();
  }

  @Override
  public Collection<Primitive> primitives() {
    Map<Long, Primitive> all = new LinkedHashMap<>();
    base.primitives().forEach(p -> all.put(p.id(), p));
    changed.forEach(
        (id, p) -> {
          if (p == null) {
            all.remove(id);
          } else {
            all.put(id, p);
          }
        });
    return all.values();
  }

  @Override
  public Optional<Primitive> get(long id) {
    if (changed.containsKey(id)) {
      return Optional.ofNullable(changed.get(id));
    }
    return base.get(id);
  }
}
