package dev.mapsmith.labeling.edit;

import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.ProjectLanes;
import dev.mapsmith.labeling.ReviewStamp;
import java.util.List;

/**
 * What a command does to the map: per primitive its value before (null: new) and after (null:
 * deleted), and a review stamp where a person set the review state; and the project's lane graph
 * after the command ({@code lanes}; null where the command leaves it as it is).
 */
public record Change(List<Entry> entries, ProjectLanes lanes) {

  /** One primitive's change; {@code stamp} is null where the review who/when stays as it was. */
  public record Entry(Primitive before, Primitive after, ReviewStamp stamp) {

    public Entry {
      if (before == null && after == null) {
        throw new IllegalArgumentException("a change entry needs a before or an after");
      }
      if (before != null && after != null && before.id() != after.id()) {
        throw new IllegalArgumentException("an entry cannot change an id");
      }
    }

    public long id() {
      return after != null ? after.id() : before.id();
    }
  }

  public Change {
    entries = List.copyOf(entries);
  }

  /** A change to primitives only. */
  public Change(List<Entry> entries) {
    this(entries, null);
  }

  /** A change to the lane graph only. */
  public static Change ofLanes(ProjectLanes after) {
    return new Change(List.of(), after);
  }

  public static Change of(Entry... entries) {
    return new Change(List.of(entries));
  }

  public static Entry insert(Primitive p, ReviewStamp stamp) {
    return new Entry(null, p, stamp);
  }

  public static Entry delete(Primitive p) {
    return new Entry(p, null, null);
  }

  /**
   * A person changed {@code before} into {@code after} (geometry, attributes, class): automatic
   * output that a person edits becomes {@link ReviewState#CORRECTED}, stamped with who and when.
   */
  public static Entry edited(Primitive before, Primitive after, EditContext ctx) {
    if (after.review() == ReviewState.AUTO) {
      return new Entry(before, after.withReview(ReviewState.CORRECTED), ctx.stamp());
    }
    return new Entry(before, after, null);
  }

  public boolean isEmpty() {
    return entries.isEmpty() && lanes == null;
  }
}
