package dev.mapsmith.labeling.export.training;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.PointCloud;
import java.util.Iterator;
import java.util.function.Supplier;

/**
 * One drive's lidar for a training set: its id and a source of point clouds already in the
 * project's frame. The supplier may be called once.
 */
public record DriveLidar(String driveId, Supplier<Iterator<PointCloud>> worldClouds) {

  /**
   * The drive's sweeps in {@code projectFrame} ({@link DriveLog#cloudsIn}), loaded one at a time; a
   * sweep that cannot be read ends the walk with an {@link java.io.UncheckedIOException}.
   */
  public static DriveLidar of(DriveLog log, FrameOfReference projectFrame) {
    log.transformTo(projectFrame); // refuses frames that cannot be related now, not mid-export
    return new DriveLidar(log.metadata().id(), () -> log.cloudsIn(projectFrame));
  }
}
