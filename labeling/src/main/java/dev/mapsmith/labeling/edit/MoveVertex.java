package dev.mapsmith.labeling.edit;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;

/** Moves vertex {@code index} of primitive {@code id} to {@code to}. */
public record MoveVertex(long id, int index, Point3 to) implements EditCommand {

  @Override
  public String description() {
    return "move vertex " + index + " of " + id;
  }

  @Override
  public Change plan(MapView map, EditContext ctx) {
    Primitive p = Primitives.require(map, id);
    Primitives.checkIndex(p, index, p.geometry().size());
    return Change.of(Change.edited(p, p.withGeometry(p.geometry().withVertex(index, to)), ctx));
  }
}
