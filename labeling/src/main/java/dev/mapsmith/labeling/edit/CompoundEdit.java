package dev.mapsmith.labeling.edit;

import dev.mapsmith.core.map.MapView;
import java.util.List;

/** Several commands as one undo step; each step sees the map as the earlier steps left it. */
public record CompoundEdit(String description, List<EditCommand> steps) implements EditCommand {

  public CompoundEdit {
    steps = List.copyOf(steps);
  }

  @Override
  public Change plan(MapView map, EditContext context) {
    Change total = new Change(List.of());
    for (EditCommand step : steps) {
      MapView now = total.isEmpty() ? map : new PendingView(map, total);
      total = total.then(step.plan(now, context));
    }
    return total;
  }
}
