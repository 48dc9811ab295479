package dev.mapsmith.core.map;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.geom.Bounds2;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A read-only view of a map: what validators, exports and the metric read. */
public interface MapView {

  FrameOfReference frame();

  Collection<Primitive> primitives();

  Optional<Primitive> get(long id);

  default List<Primitive> ofClass(MapClass c) {
    return primitives().stream().filter(p -> p.mapClass() == c).toList();
  }

  default List<Primitive> within(Bounds2 area) {
    return primitives().stream().filter(p -> p.geometry().bounds().intersects(area)).toList();
  }
}
