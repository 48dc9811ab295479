package dev.mapsmith.labeling.edit;

import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;

/** Deletes vertex {@code index} of primitive {@code id}; refuses to go below 2 (polygon: 3). */
public record DeleteVertex(long id, int index) implements EditCommand {

  @Override
  public String description() {
    return "delete vertex " + index + " of " + id;
  }

  @Override
  public Change plan(MapView map, EditContext ctx) {
    Primitive p = Primitives.require(map, id);
    Primitives.checkIndex(p, index, p.geometry().size());
    if (p.geometry().size() <= Primitives.minVertices(p)) {
      throw new IllegalArgumentException(
          "primitive " + id + " would have too few vertices; delete the primitive instead");
    }
    return Change.of(Change.edited(p, p.withGeometry(p.geometry().withoutVertex(index)), ctx));
  }
}
