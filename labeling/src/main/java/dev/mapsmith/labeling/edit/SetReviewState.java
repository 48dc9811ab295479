package dev.mapsmith.labeling.edit;

import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;

/** Sets the review state of primitive {@code id}, stamped with the user and time. */
public record SetReviewState(long id, ReviewState state) implements EditCommand {

  @Override
  public String description() {
    return "mark " + id + " " + state.key();
  }

  @Override
  public Change plan(MapView map, EditContext ctx) {
    Primitive p = Primitives.require(map, id);
    return Change.of(new Change.Entry(p, p.withReview(state), ctx.stamp()));
  }
}
