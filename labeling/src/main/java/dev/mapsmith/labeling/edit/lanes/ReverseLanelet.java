package dev.mapsmith.labeling.edit.lanes;

import dev.mapsmith.core.lanelet.Lanelet;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.ProjectLanes;
import dev.mapsmith.labeling.edit.Change;
import dev.mapsmith.labeling.edit.EditContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns lanelet {@code id} round: its bounds swap sides and run the other way ({@link
 * Lanelet#reversed}), its {@code direction_source} becomes {@code manual}, and its relations are
 * read again from the new shape (what followed it no longer does). Refused for a crosswalk.
 */
public record ReverseLanelet(long id, LaneEditRules rules) implements LaneCommand {

  public ReverseLanelet(long id) {
    this(id, LaneEditRules.defaults());
  }

  @Override
  public String description() {
    return "reverse lanelet " + id;
  }

  @Override
  public Change plan(MapView map, ProjectLanes lanes, EditContext ctx) {
    Lanelet l = LaneEdits.requireLane(lanes, id, "reverse");
    Lanelet turned =
        l.reversed()
            .withAttributes(
                l.attributes().with(Lanelet.DIRECTION_SOURCE, LaneEdits.DIRECTION_SET_BY_HAND));
    List<Lanelet> lanelets = new ArrayList<>();
    lanes.graph().lanelets().forEach(x -> lanelets.add(x.id() == id ? turned : x));
    return Change.ofLanes(
        LaneEdits.rebuilt(
            lanes,
            lanes.graph().lines(),
            lanelets,
            lanes.graph().regulations(),
            Set.of(id),
            rules.relations(),
            ReviewState.CORRECTED));
  }
}
