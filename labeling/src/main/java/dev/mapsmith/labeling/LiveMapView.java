package dev.mapsmith.labeling;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.labeling.store.PrimitiveTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project's map, read-only and live: it shows each committed edit. Area queries use the file's
 * R*Tree. Read it on the thread that edits, or take {@link Project#snapshot()}.
 */
final class LiveMapView implements MapView {

  private final FrameOfReference frame;
  private final Map<Long, Primitive> byId;
  private final PrimitiveTable table;

  LiveMapView(FrameOfReference frame, Map<Long, Primitive> byId, PrimitiveTable table) {
    this.frame = frame;
    this.byId = byId;
    this.table = table;
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

  @Override
  public List<Primitive> within(Bounds2 area) {
    List<Primitive> out = new ArrayList<>();
    for (long id : table.idsWithin(area)) {
      Primitive p = byId.get(id);
      if (p != null && p.geometry().bounds().intersects(area)) {
        out.add(p);
      }
    }
    out.sort((a, b) -> Long.compare(a.id(), b.id()));
    return out;
  }
}
