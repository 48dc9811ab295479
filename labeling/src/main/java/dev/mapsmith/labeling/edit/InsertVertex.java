package dev.mapsmith.labeling.edit;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;

/** Inserts {@code point} so that it becomes vertex {@code index} of primitive {@code id}. */
public record InsertVertex(long id, int index, Point3 point) implements EditCommand {

  @Override
  public String description() {
    return "insert vertex " + index + " into " + id;
  }

  @Override
  public Change plan(MapView map, EditContext ctx) {
    Primitive p = Primitives.require(map, id);
    Primitives.checkIndex(p, index, p.geometry().size() + 1);
    return Change.of(
        Change.edited(p, p.withGeometry(p.geometry().withInserted(index, point)), ctx));
  }
}
