package dev.mapsmith.sampledrives;

import java.nio.file.Path;
import java.util.List;

/**
 * A generated drive: its folder (KITTI raw), sweep and point counts, the truth map file, and for a
 * drive over a map file, which step of the origin rule placed it ({@code origin_source}, null for a
 * built-in scenario) and what of the map was left out.
 */
public record GeneratedDrive(
    Path drive,
    int sweeps,
    long points,
    Path truthMap,
    String originSource,
    List<String> mapProblems) {

  public GeneratedDrive {
    mapProblems = List.copyOf(mapProblems);
  }

  public GeneratedDrive(Path drive, int sweeps, long points, Path truthMap) {
    this(drive, sweeps, points, truthMap, null, List.of());
  }
}
