package dev.mapsmith.labeling.edit;

import dev.mapsmith.core.map.MapView;

/** Deletes primitive {@code id}. Its id is not reused. */
public record DeletePrimitive(long id) implements EditCommand {

  @Override
  public String description() {
    return "delete " + id;
  }

  @Override
  public Change plan(MapView map, EditContext ctx) {
    return Change.of(Change.delete(Primitives.require(map, id)));
  }
}
