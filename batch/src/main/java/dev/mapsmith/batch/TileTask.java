package dev.mapsmith.batch;

import java.io.Serializable;
import java.util.List;

/**
 * One tile's work: the tile, the drives that touch it (manifest index and path), the job frame's
 * origin, the method, the margin (m), the alignment tolerances and how many attempts Spark gives
 * the task ({@link TaskAttempts}).
 */
record TileTask(
    long tile,
    List<Integer> driveIndex,
    List<String> drivePath,
    double originLat,
    double originLon,
    double originAlt,
    String method,
    double marginM,
    AlignmentConfig alignment,
    int attempts)
    implements Serializable {

  TileTask {
    driveIndex = List.copyOf(driveIndex);
    drivePath = List.copyOf(drivePath);
  }
}
