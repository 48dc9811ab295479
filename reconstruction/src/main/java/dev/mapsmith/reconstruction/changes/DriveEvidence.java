package dev.mapsmith.reconstruction.changes;

import dev.mapsmith.core.map.Primitive;
import java.util.List;

/**
 * One drive as change detection sees it: its id, what its lidar saw of the ground and what its
 * reconstruction found, both in the prior map's frame.
 */
public record DriveEvidence(
    String driveId, ObservationCoverage coverage, List<Primitive> detections) {

  public DriveEvidence {
    detections = List.copyOf(detections);
  }
}
