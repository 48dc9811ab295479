package dev.mapsmith.labeling.edit;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;

/**
 * Draws a new polyline, or a polygon for a closed class such as {@code PED_CROSSING}. What a person
 * draws is {@link ReviewState#VERIFIED}, with manual provenance.
 */
public record DrawPrimitive(MapClass mapClass, Polyline geometry, Attributes attributes)
    implements EditCommand {

  @Override
  public String description() {
    return "draw " + mapClass.key();
  }

  @Override
  public Change plan(MapView map, EditContext ctx) {
    if (geometry.size() < (mapClass.closed() ? 3 : 2)) {
      throw new IllegalArgumentException(
          "a " + mapClass.key() + " needs at least " + (mapClass.closed() ? 3 : 2) + " vertices");
    }
    Primitive p =
        new Primitive(
            ctx.newId(),
            mapClass,
            geometry,
            attributes,
            ReviewState.VERIFIED,
            1.0,
            Provenance.manual(ctx.user(), ctx.now()));
    return Change.of(Change.insert(p, ctx.stamp()));
  }
}
