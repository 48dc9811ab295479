package dev.mapsmith.labeling;

import java.util.Set;

/**
 * What one executed, undone or redone edit changed, as ids, and whether it changed the lane graph
 * ({@code lanes}; read the new one from {@link Project#lanes()}). A bulk insert is one event
 * however many primitives it adds.
 */
public record MapChange(
    Kind kind,
    String description,
    Set<Long> added,
    Set<Long> modified,
    Set<Long> removed,
    boolean lanes) {

  /** How the change came about. */
  public enum Kind {
    EXECUTE,
    UNDO,
    REDO
  }

  public MapChange {
    added = Set.copyOf(added);
    modified = Set.copyOf(modified);
    removed = Set.copyOf(removed);
  }
}
