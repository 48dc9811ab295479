package dev.mapsmith.drivelog;

import java.util.List;

/** A drive log assembled by a reader from parts it has already opened; holds no open files. */
public record SimpleDriveLog(
    DriveMetadata metadata,
    PoseTrajectory trajectory,
    List<LidarSweep> sweeps,
    List<CameraStream> cameras,
    SignalSeries signals,
    List<SkippedFrame> skipped)
    implements DriveLog {

  public SimpleDriveLog {
    sweeps = List.copyOf(sweeps);
    cameras = List.copyOf(cameras);
    skipped = List.copyOf(skipped);
  }

  @Override
  public void close() {
    // sweeps map their files only while loading; nothing stays open
  }
}
