package dev.mapsmith.labeling.edit;

import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets every still-{@link ReviewState#AUTO} primitive that touches {@code area} to {@code state},
 * as one undo step. Primitives a person already decided on are left alone.
 */
public record BulkReview(Bounds2 area, ReviewState state) implements EditCommand {

  /** Accepts (verifies) all automatic primitives in the area. */
  public static BulkReview accept(Bounds2 area) {
    return new BulkReview(area, ReviewState.VERIFIED);
  }

  /** Rejects all automatic primitives in the area. */
  public static BulkReview reject(Bounds2 area) {
    return new BulkReview(area, ReviewState.REJECTED);
  }

  @Override
  public String description() {
    return (state == ReviewState.REJECTED ? "reject" : "mark " + state.key()) + " all in area";
  }

  @Override
  public Change plan(MapView map, EditContext ctx) {
    List<Change.Entry> entries = new ArrayList<>();
    for (Primitive p : map.within(area)) {
      if (p.review() == ReviewState.AUTO) {
        entries.add(new Change.Entry(p, p.withReview(state), ctx.stamp()));
      }
    }
    return new Change(entries);
  }
}
