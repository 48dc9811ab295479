package dev.mapsmith.labeling;

import dev.mapsmith.labeling.store.Delta;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** How {@link Project} tells of an edit: the edit log's id list and the listeners' event. */
final class ChangeEvents {

  private ChangeEvents() {}

  /** The ids an edit changed, for the edit log: all of them, or their range and count. */
  static String idList(List<Delta> deltas) {
    if (deltas.size() <= 50) {
      return deltas.stream().map(d -> Long.toString(d.id())).collect(Collectors.joining(","));
    }
    long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
    for (Delta d : deltas) {
      min = Math.min(min, d.id());
      max = Math.max(max, d.id());
    }
    return min + ".." + max + " (" + deltas.size() + ")";
  }

  /** Tells {@code listeners} what one edit, undo or redo changed. */
  static void fire(
      List<MapChangeListener> listeners,
      MapChange.Kind kind,
      String description,
      List<Delta> deltas,
      boolean lanesChanged) {
    if (listeners.isEmpty()) {
      return;
    }
    Set<Long> added = new HashSet<>(), modified = new HashSet<>(), removed = new HashSet<>();
    for (Delta d : deltas) {
      (d.before() == null ? added : d.after() == null ? removed : modified).add(d.id());
    }
    MapChange change = new MapChange(kind, description, added, modified, removed, lanesChanged);
    listeners.forEach(l -> l.mapChanged(change));
  }
}
