package dev.mapsmith.app.ops;

import dev.mapsmith.reconstruction.changes.ChangeVerdict;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One check of a project's map against drives, as the app keeps it for review: an id (when it ran),
 * the method, the drives, the tolerances and the verdicts in the project's frame. Verdict {@code i}
 * is known as {@code id#i} ({@link #key}).
 */
public record ChangeRun(
    String id,
    Instant created,
    String method,
    List<String> drives,
    java.util.Map<String, Object> parameters,
    List<ChangeVerdict> verdicts) {

  private static final DateTimeFormatter ID =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  public ChangeRun {
    drives = List.copyOf(drives);
    parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
    verdicts = List.copyOf(verdicts);
  }

  /** A new run made now; its id is the time in UTC, to the second. */
  public static ChangeRun made(
      Instant now,
      String method,
      List<String> drives,
      java.util.Map<String, Object> parameters,
      List<ChangeVerdict> verdicts) {
    return new ChangeRun(ID.format(now), now, method, drives, parameters, verdicts);
  }

  /** The name of verdict {@code index} in this run, as marks and exports use it. */
  public String key(int index) {
    return id + "#" + index;
  }
}
