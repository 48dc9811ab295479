package dev.mapsmith.core.map;

import java.time.Instant;
import java.util.List;

/**
 * Where a primitive came from: a method and its version (a reconstruction method, a model id) with
 * its parameters and source drives, or a user. {@code parameters} is free text, usually JSON.
 */
public record Provenance(
    String method,
    String version,
    String parameters,
    List<String> sourceDrives,
    String user,
    Instant created) {

  public Provenance {
    sourceDrives = List.copyOf(sourceDrives);
  }

  /** Whether a person drew it ({@link #manual}). */
  public boolean drawnByHand() {
    return "manual".equals(method);
  }

  /** Provenance for something drawn by hand. */
  public static Provenance manual(String user, Instant when) {
    return new Provenance("manual", "", "", List.of(), user, when);
  }

  /** Provenance for ground truth read from a map file. */
  public static Provenance truth(String file) {
    return new Provenance("truth", "", file, List.of(), "", Instant.EPOCH);
  }
}
