package dev.mapsmith.labeling.edit;

import dev.mapsmith.core.map.MapView;
import java.util.ArrayList;
import java.util.List;

/** Deletes several primitives as one undo step (their ids are not reused). */
public record DeletePrimitives(List<Long> ids) implements EditCommand {

  public DeletePrimitives {
    ids = List.copyOf(ids);
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("nothing to delete");
    }
  }

  @Override
  public String description() {
    return ids.size() == 1 ? "delete " + ids.get(0) : "delete " + ids.size() + " primitives";
  }

  @Override
  public Change plan(MapView map, EditContext ctx) {
    List<Change.Entry> entries = new ArrayList<>();
    for (long id : ids.stream().distinct().toList()) {
      entries.add(Change.delete(Primitives.require(map, id)));
    }
    return new Change(entries);
  }
}
