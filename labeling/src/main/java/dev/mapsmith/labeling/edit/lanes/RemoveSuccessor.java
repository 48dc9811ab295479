package dev.mapsmith.labeling.edit.lanes;

import dev.mapsmith.core.lanelet.LaneRelation;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.ProjectLanes;
import dev.mapsmith.labeling.edit.Change;
import dev.mapsmith.labeling.edit.EditContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes back that lanelet {@code to} follows lanelet {@code from} (the routing graph no longer goes
 * from one to the other); the shapes stay as they are. Both lanelets count as corrected. Refused
 * when {@code to} does not follow {@code from}.
 */
public record RemoveSuccessor(long from, long to) implements LaneCommand {

  @Override
  public String description() {
    return "remove lanelet " + to + " as successor of " + from;
  }

  @Override
  public Change plan(MapView map, ProjectLanes lanes, EditContext ctx) {
    LaneEdits.require(lanes, from);
    LaneEdits.require(lanes, to);
    LaneRelation r = LaneRelation.successor(from, to);
    if (!lanes.graph().relations().contains(r)) {
      throw new IllegalArgumentException("lanelet " + to + " does not follow " + from);
    }
    List<LaneRelation> rest = lanes.graph().relations().stream().filter(x -> !x.equals(r)).toList();
    Map<Long, ReviewState> review = new HashMap<>(lanes.review());
    for (long id : new long[] {from, to}) {
      if (lanes.review(id) == ReviewState.AUTO) {
        review.put(id, ReviewState.CORRECTED);
      }
    }
    return Change.ofLanes(new ProjectLanes(lanes.graph().withRelations(rest), review));
  }
}
