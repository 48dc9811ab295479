package dev.mapsmith.labeling.edit;

import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;

/** Lookups that commands share. */
final class Primitives {

  private Primitives() {}

  static Primitive require(MapView map, long id) {
    return map.get(id).orElseThrow(() -> new IllegalArgumentException("no primitive " + id));
  }

  static void checkIndex(Primitive p, int index, int limit) {
    if (index < 0 || index >= limit) {
      throw new IllegalArgumentException(
          "vertex "
              + index
              + " out of range for primitive "
              + p.id()
              + " ("
              + p.geometry().size()
              + " vertices)");
    }
  }

  /** The fewest vertices a primitive of this class may keep. */
  static int minVertices(Primitive p) {
    return p.closed() ? 3 : 2;
  }
}
