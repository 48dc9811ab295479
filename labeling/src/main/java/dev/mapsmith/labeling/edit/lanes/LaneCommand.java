package dev.mapsmith.labeling.edit.lanes;

import dev.mapsmith.core.map.MapView;
import dev.mapsmith.labeling.ProjectLanes;
import dev.mapsmith.labeling.edit.Change;
import dev.mapsmith.labeling.edit.EditCommand;
import dev.mapsmith.labeling.edit.EditContext;

/**
 * An edit that reads and changes the project's lane graph (and maybe primitives): planned against
 * both; its {@link Change} carries the lane graph after it. {@link
 * dev.mapsmith.labeling.Project#execute} runs it like any edit, as one undo step.
 */
public interface LaneCommand extends EditCommand {

  Change plan(MapView map, ProjectLanes lanes, EditContext context);

  /** A lane command needs the lane graph; the project calls the other plan. */
  @Override
  default Change plan(MapView map, EditContext context) {
    throw new UnsupportedOperationException(description() + " needs the project's lane graph");
  }
}
