package dev.mapsmith.labeling.edit;

import dev.mapsmith.core.map.MapView;

/**
 * One user edit. A command only plans: it reads the map and returns the {@link Change} it makes;
 * the project writes that change (one transaction), keeps it for undo, and tells listeners. A
 * command that cannot apply throws {@link IllegalArgumentException} and nothing is changed.
 */
public interface EditCommand {

  /** A short description for the undo menu and the edit log, e.g. "move vertex 3 of 17". */
  String description();

  Change plan(MapView map, EditContext context);
}
