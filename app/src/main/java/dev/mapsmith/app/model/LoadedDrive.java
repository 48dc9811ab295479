package dev.mapsmith.app.model;

import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveMetadata;
import dev.mapsmith.drivelog.TimedPose;
import java.util.List;

/**
 * An open drive and what the UI shows about it, computed once off the UI thread: metadata, the
 * trajectory in the ground plane, frame times for the timeline, and counts.
 */
public record LoadedDrive(
    DriveLog log,
    DriveMetadata metadata,
    double[] trajectoryXy,
    long[] frameTimesNs,
    int sweeps,
    List<String> cameras,
    int skippedFrames,
    double lengthMetres) {

  /** Reads the summary of an open drive; touches only lazily loaded parts' indexes. */
  public static LoadedDrive of(DriveLog log) {
    List<TimedPose> poses = log.trajectory().poses();
    double[] xy = new double[poses.size() * 2];
    for (int i = 0; i < poses.size(); i++) {
      xy[2 * i] = poses.get(i).vehicleToWorld().tx();
      xy[2 * i + 1] = poses.get(i).vehicleToWorld().ty();
    }
    long[] times =
        log.sweeps().isEmpty()
            ? poses.stream().mapToLong(TimedPose::timestampNs).toArray()
            : log.sweeps().stream().mapToLong(s -> s.timestampNs()).toArray();
    return new LoadedDrive(
        log,
        log.metadata(),
        xy,
        times,
        log.sweeps().size(),
        log.cameras().stream().map(c -> c.name()).toList(),
        log.skipped().size(),
        log.trajectory().length2d());
  }

  public String id() {
    return metadata.id();
  }

  /** One line for the explorer and the status bar. */
  public String describe() {
    return String.format(
        "%s (%s): %.1f s, %.0f m, %d sweeps, %d cameras%s",
        metadata.id(),
        metadata.format(),
        metadata.durationSeconds(),
        lengthMetres,
        sweeps,
        cameras.size(),
        skippedFrames == 0 ? "" : ", " + skippedFrames + " skipped frames");
  }
}
