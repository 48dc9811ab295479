package dev.mapsmith.labeling.edit;

import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;

/** Replaces the attributes (type, subtype, colour, …) of primitive {@code id}. */
public record SetAttributes(long id, Attributes attributes) implements EditCommand {

  @Override
  public String description() {
    return "set attributes of " + id;
  }

  @Override
  public Change plan(MapView map, EditContext ctx) {
    Primitive p = Primitives.require(map, id);
    return Change.of(Change.edited(p, p.withAttributes(attributes), ctx));
  }
}
