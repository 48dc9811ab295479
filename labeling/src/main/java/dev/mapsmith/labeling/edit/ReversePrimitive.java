package dev.mapsmith.labeling.edit;

import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;

/** Reverses the vertex order of primitive {@code id}. */
public record ReversePrimitive(long id) implements EditCommand {

  @Override
  public String description() {
    return "reverse " + id;
  }

  @Override
  public Change plan(MapView map, EditContext ctx) {
    Primitive p = Primitives.require(map, id);
    return Change.of(Change.edited(p, p.withGeometry(p.geometry().reversed()), ctx));
  }
}
