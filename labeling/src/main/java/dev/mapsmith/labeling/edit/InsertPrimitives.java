package dev.mapsmith.labeling.edit;

import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import java.util.ArrayList;
import java.util.List;

/**
 * Inserts many primitives (reconstruction output) as one edit; each gets a fresh project id in list
 * order, whatever id it carried.
 */
public record InsertPrimitives(List<Primitive> primitives, String description)
    implements EditCommand {

  public InsertPrimitives {
    primitives = List.copyOf(primitives);
  }

  @Override
  public Change plan(MapView map, EditContext ctx) {
    List<Change.Entry> entries = new ArrayList<>(primitives.size());
    for (Primitive p : primitives) {
      entries.add(Change.insert(p.withId(ctx.newId()), null));
    }
    return new Change(entries);
  }
}
