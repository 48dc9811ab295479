package dev.mapsmith.labeling;

import java.util.List;

/**
 * An acknowledged edit: it is in the project file when this is returned. {@code logSeq} is its
 * entry in the append-only edit log; {@code created} are the ids of new primitives, in order.
 */
public record EditResult(long logSeq, String description, List<Long> created) {

  public EditResult {
    created = List.copyOf(created);
  }
}
