package dev.mapsmith.labeling.edit;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;

/**
 * Splits polyline {@code id} at inner vertex {@code vertex}: it keeps vertices 0..vertex, and a new
 * primitive (same class and attributes) gets vertex..end.
 */
public record SplitPrimitive(long id, int vertex) implements EditCommand {

  @Override
  public String description() {
    return "split " + id + " at vertex " + vertex;
  }

  @Override
  public Change plan(MapView map, EditContext ctx) {
    Primitive p = Primitives.require(map, id);
    if (p.closed()) {
      throw new IllegalArgumentException("cannot split polygon " + id);
    }
    Polyline g = p.geometry();
    if (vertex < 1 || vertex > g.size() - 2) {
      throw new IllegalArgumentException(
          "split vertex "
              + vertex
              + " of "
              + id
              + " must be an inner vertex (1.."
              + (g.size() - 2)
              + ")");
    }
    Primitive head = p.withGeometry(g.slice(0, vertex + 1));
    Primitive tail = p.withGeometry(g.slice(vertex, g.size())).withId(ctx.newId());
    return Change.of(Change.edited(p, head, ctx), Change.edited(null, tail, ctx));
  }
}
