package dev.mapsmith.batch;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What one tile gives back: its pieces (in the job frame, clipped to the tile), its report (drives,
 * input points, primitives, seconds, warnings) and each drive's alignment there.
 */
record TileOutput(
    long tile,
    List<Piece> pieces,
    List<Integer> drives,
    long inputPoints,
    double seconds,
    List<String> warnings,
    List<DriveOffset> offsets)
    implements Serializable {

  /**
   * A drive's alignment in a tile: the estimated offset (m), its line pairs, and the simulator's
   * true offset when the drive carries one (else null).
   */
  record DriveOffset(int drive, double dx, double dy, int pairs, double[] truth)
      implements Serializable {}

  TileOutput {
    pieces = List.copyOf(pieces);
    drives = List.copyOf(drives);
    warnings = List.copyOf(warnings);
    offsets = List.copyOf(offsets);
  }

  Map<String, Object> report() {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("tile", Tiles.token(tile));
    m.put("drives", drives.stream().map(i -> i + 1).toList());
    m.put("input_points", inputPoints);
    m.put("primitives", pieces.size());
    m.put("seconds", Math.round(seconds * 1000) / 1000.0);
    m.put("warnings", warnings);
    return m;
  }
}
