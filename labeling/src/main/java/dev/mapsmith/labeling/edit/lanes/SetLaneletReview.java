package dev.mapsmith.labeling.edit.lanes;

import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.ProjectLanes;
import dev.mapsmith.labeling.edit.Change;
import dev.mapsmith.labeling.edit.EditContext;
import java.util.HashMap;
import java.util.Map;

/**
 * A person's review of lanelet {@code id} (verified, rejected, ...), as for primitives: a reviewed
 * lanelet is kept when reconstruction runs again, a rejected one is left out of the export.
 */
public record SetLaneletReview(long id, ReviewState state) implements LaneCommand {

  @Override
  public String description() {
    return "mark lanelet " + id + " " + state.key();
  }

  @Override
  public Change plan(MapView map, ProjectLanes lanes, EditContext ctx) {
    LaneEdits.require(lanes, id);
    if (lanes.review(id) == state) {
      throw new IllegalArgumentException("lanelet " + id + " is " + state.key() + " already");
    }
    Map<Long, ReviewState> review = new HashMap<>(lanes.review());
    review.put(id, state);
    return Change.ofLanes(new ProjectLanes(lanes.graph(), review));
  }
}
