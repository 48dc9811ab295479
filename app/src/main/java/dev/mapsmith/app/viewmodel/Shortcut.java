package dev.mapsmith.app.viewmodel;

import java.util.ArrayList;
import java.util.List;

/**
 * One keyboard shortcut for the cheat sheet and tooltips: keys in {@code KeyCombination} syntax
 * ({@code Shortcut+Z} is Ctrl on Linux), what it does, and its group.
 */
public record Shortcut(String keys, String action, String group) {

  /** Every shortcut of the main window, tools first. The View binds exactly these. */
  public static List<Shortcut> all() {
    List<Shortcut> list = new ArrayList<>();
    for (Tool t : Tool.values()) {
      list.add(new Shortcut(t.key(), t.label(), "Tools"));
    }
    list.add(new Shortcut("Enter", "Finish the polyline or polygon being drawn", "Edit"));
    list.add(new Shortcut("Delete", "Delete the selected primitives", "Edit"));
    list.add(new Shortcut("Backspace", "Delete the selected primitives", "Edit"));
    list.add(new Shortcut("Shortcut+Z", "Undo", "Edit"));
    list.add(new Shortcut("Shortcut+Shift+Z", "Redo", "Edit"));
    list.add(new Shortcut("Shortcut+Y", "Redo", "Edit"));
    list.add(new Shortcut("N", "Next unreviewed primitive", "Review"));
    list.add(new Shortcut("A", "Accept", "Review"));
    list.add(new Shortcut("R", "Reject", "Review"));
    list.add(new Shortcut("F", "Flag with a note", "Review"));
    list.add(
        new Shortcut("Shortcut+Shift+A", "Accept every automatic primitive in the area", "Review"));
    list.add(
        new Shortcut("Shortcut+Shift+X", "Reject every automatic primitive in the area", "Review"));
    list.add(new Shortcut("Shift+Click", "Add a primitive to the selection (top view)", "View"));
    list.add(new Shortcut("Right-click", "Delete, reverse or reclassify the selection", "View"));
    list.add(new Shortcut("0", "Fit the top view to the drives and the map", "View"));
    list.add(new Shortcut("U", "Show or hide the lidar under the vectors (top view)", "View"));
    list.add(new Shortcut("C", "Next lidar channel (intensity, height, density...)", "View"));
    list.add(
        new Shortcut("G", "Snap a dragged vertex to the painted line's centre: on / off", "Edit"));
    list.add(new Shortcut("Space", "Play / pause", "Timeline"));
    list.add(new Shortcut("Right", "Next frame", "Timeline"));
    list.add(new Shortcut("Left", "Previous frame", "Timeline"));
    list.add(new Shortcut("Home", "First frame", "Timeline"));
    list.add(new Shortcut("Shortcut+R", "Reconstruct the drawn area (or the corridor)", "Map"));
    list.add(
        new Shortcut(
            "Shortcut+Shift+R", "Reconstruct the drawn area with the learned model", "Map"));
    list.add(new Shortcut("Shortcut+Shift+V", "Validate", "Map"));
    list.add(new Shortcut("Shortcut+E", "Export the map", "Map"));
    list.add(new Shortcut("Shortcut+O", "Open drive or project", "File"));
    list.add(new Shortcut("Escape", "Cancel the running job", "File"));
    list.add(new Shortcut("F1", "This cheat sheet", "Help"));
    return list;
  }

  /** Whether {@link #keys} is a key combination (not a mouse gesture such as Shift+Click). */
  public boolean isKey() {
    return !keys.endsWith("Click") && !keys.endsWith("click");
  }

  /** Human form of the keys, e.g. {@code Ctrl+Shift+Z}. */
  public String display() {
    return keys.replace("Shortcut", "Ctrl");
  }
}
