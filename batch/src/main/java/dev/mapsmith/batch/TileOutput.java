package dev.mapsmith.batch;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What one tile gives back: its pieces (in the job frame, clipped to the tile), its report (drives,
 * input points, primitives, seconds, warnings, drives that failed) and each drive's alignment.
 */
record TileOutput(
    long tile,
    List<Piece> pieces,
    List<Integer> drives,
    long inputPoints,
    double seconds,
    List<String> warnings,
    List<DriveOffset> offsets,
    List<DriveFailure> failures)
    implements Serializable {

  /** A drive that failed in this tile on the task's last attempt, and why; it was left out. */
  record DriveFailure(int drive, String error) implements Serializable {}

  /**
   * A drive's alignment in a tile: the estimated offset (m), its line pairs, and the simulator's
   * true offset when the drive carries one (else null).
   */
  record DriveOffset(
      int drive, double dx, double dy, int pairs, String fit, double sigmaM, double[] truth)
      implements Serializable {}

  TileOutput {
    pieces = List.copyOf(pieces);
    drives = List.copyOf(drives);
    warnings = List.copyOf(warnings);
    offsets = List.copyOf(offsets);
    failures = List.copyOf(failures);
  }

  Map<String, Object> report() {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("tile", Tiles.token(tile));
    m.put("drives", drives.stream().map(i -> i + 1).toList());
    m.put("input_points", inputPoints);
    m.put("primitives", pieces.size());
    m.put("seconds", Math.round(seconds * 1000) / 1000.0);
    m.put("warnings", warnings);
    m.put(
        "failed_drives",
        failures.stream().map(f -> Map.of("drive", f.drive() + 1, "error", f.error())).toList());
    return m;
  }
}
