package dev.mapsmith.batch;

import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.Primitive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a batch job made: the merged map in the job's frame (ENU at the first readable drive's
 * origin), each drive's scan, each tile's output and how many pieces were stitched.
 */
public record BatchResult(
    BatchOptions options,
    LocalEnuFrame frame,
    List<Primitive> primitives,
    List<DriveScan.Info> drives,
    List<TileOutput> tiles,
    int pieces) {

  public BatchResult {
    primitives = List.copyOf(primitives);
    drives = List.copyOf(drives);
    tiles = List.copyOf(tiles);
  }

  public LaneMap map() {
    return new LaneMap(frame, primitives);
  }

  /** The drives skipped, each with why. */
  public List<Map<String, Object>> skipped() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (DriveScan.Info d : drives) {
      if (!d.ok()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("drive", d.index() + 1);
        m.put("path", d.path());
        m.put("error", d.error());
        out.add(m);
      }
    }
    return out;
  }

  /**
   * The drives that failed inside a tile task on its last attempt (Spark's retries spent), each
   * with the tiles it was left out of and the first error.
   */
  public List<Map<String, Object>> failedDrives() {
    Map<Integer, Map<String, Object>> byDrive = new java.util.TreeMap<>();
    for (TileOutput t : tiles) {
      for (TileOutput.DriveFailure f : t.failures()) {
        Map<String, Object> m =
            byDrive.computeIfAbsent(
                f.drive(),
                d -> {
                  Map<String, Object> n = new LinkedHashMap<>();
                  n.put("drive", d + 1);
                  n.put("error", f.error());
                  n.put("tiles", new ArrayList<String>());
                  return n;
                });
        @SuppressWarnings("unchecked")
        List<String> where = (List<String>) m.get("tiles");
        where.add(Tiles.token(t.tile()));
      }
    }
    return new ArrayList<>(byDrive.values());
  }

  public long inputPoints() {
    return tiles.stream().mapToLong(TileOutput::inputPoints).sum();
  }

  public List<Map<String, Object>> tileReports() {
    return tiles.stream().map(TileOutput::report).toList();
  }

  public AlignmentReport alignment() {
    return AlignmentReport.of(tiles);
  }

  /** The summary the command line prints with {@code --json}. */
  public Map<String, Object> summary() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("drives", drives.size());
    m.put("drives_used", drives.stream().filter(DriveScan.Info::ok).count());
    m.put("skipped", skipped());
    m.put("failed_drives", failedDrives());
    m.put("tiles", tiles.size());
    m.put("tile_level", options.tileLevel());
    m.put("method", options.method());
    m.put("input_points", inputPoints());
    m.put("pieces", pieces);
    m.put("primitives", primitives.size());
    m.put("counts", map().countsByClass());
    m.put("alignment", alignment().summary());
    m.put("out", options.out().toString());
    return m;
  }
}
