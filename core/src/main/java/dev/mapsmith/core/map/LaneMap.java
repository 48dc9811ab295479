package dev.mapsmith.core.map;

import dev.mapsmith.core.frame.FrameAlignment;
import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An immutable map: a frame of reference and primitives by id, in insertion order. */
public final class LaneMap implements MapView {

  private final FrameOfReference frame;
  private final Map<Long, Primitive> byId;

  public LaneMap(FrameOfReference frame, List<Primitive> primitives) {
    this.frame = frame;
    LinkedHashMap<Long, Primitive> map = new LinkedHashMap<>();
    for (Primitive p : primitives) {
      if (map.put(p.id(), p) != null) {
        throw new IllegalArgumentException("duplicate primitive id " + p.id());
      }
    }
    this.byId = Collections.unmodifiableMap(map);
  }

  @Override
  public FrameOfReference frame() {
    return frame;
  }

  @Override
  public Collection<Primitive> primitives() {
    return byId.values();
  }

  @Override
  public Optional<Primitive> get(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * This map with every vertex converted into {@code target} ({@link FrameAlignment#converter});
   * this map itself when the frames are equal.
   *
   * @throws dev.mapsmith.core.frame.FrameMismatchException when the frames cannot be related
   */
  public LaneMap convertedTo(FrameOfReference target) {
    if (frame.equals(target)) {
      return this;
    }
    var convert = FrameAlignment.converter(frame, target);
    List<Primitive> out = new ArrayList<>(byId.size());
    for (Primitive p : byId.values()) {
      List<Point3> pts = new ArrayList<>(p.geometry().size());
      for (int i = 0; i < p.geometry().size(); i++) {
        pts.add(convert.apply(p.geometry().point(i)));
      }
      out.add(p.withGeometry(Polyline.of(pts)));
    }
    return new LaneMap(target, out);
  }

  /** Counts per class key, for reports. */
  public Map<String, Integer> countsByClass() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (MapClass c : MapClass.values()) {
      counts.put(c.key(), 0);
    }
    byId.values().forEach(p -> counts.merge(p.mapClass().key(), 1, Integer::sum));
    return counts;
  }
}
