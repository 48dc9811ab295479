package dev.mapsmith.labeling;

import java.time.Instant;

/**
 * One line of the append-only edit log: {@code action} is {@code execute}, {@code undo} or {@code
 * redo}; {@code ids} lists the touched primitive ids (a range {@code a..b} for bulk inserts).
 */
public record EditLogEntry(
    long seq, Instant at, String user, String action, String description, String ids) {}
