package dev.mapsmith.labeling.edit;

import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;

/** Changes the class of primitive {@code id}; a polygon class needs at least 3 vertices. */
public record SetClass(long id, MapClass mapClass) implements EditCommand {

  @Override
  public String description() {
    return "set class of " + id + " to " + mapClass.key();
  }

  @Override
  public Change plan(MapView map, EditContext ctx) {
    Primitive p = Primitives.require(map, id);
    if (mapClass.closed() && p.geometry().size() < 3) {
      throw new IllegalArgumentException("a " + mapClass.key() + " needs at least 3 vertices");
    }
    return Change.of(Change.edited(p, p.withClass(mapClass), ctx));
  }
}
