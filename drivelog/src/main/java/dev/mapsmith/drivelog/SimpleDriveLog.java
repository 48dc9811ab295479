package dev.mapsmith.drivelog;

import java.util.List;

/** A drive log assembled by a reader from parts it has already opened; holds no open files. */
public record SimpleDriveLog(
    DriveMetadata metadata,
    PoseTrajectory trajectory,
    List<LidarSweep> sweeps,
    List<CameraStream> cameras,
    SignalSeries signals,
    List<SkippedFrame> skipped,
    List<RadarSweep> radar)
    implements DriveLog {

  public SimpleDriveLog {
    sweeps = List.copyOf(sweeps);
    cameras = List.copyOf(cameras);
    skipped = List.copyOf(skipped);
    radar = List.copyOf(radar);
  }

  /** A drive without radar. */
  public SimpleDriveLog(
      DriveMetadata metadata,
      PoseTrajectory trajectory,
      List<LidarSweep> sweeps,
      List<CameraStream> cameras,
      SignalSeries signals,
      List<SkippedFrame> skipped) {
    this(metadata, trajectory, sweeps, cameras, signals, skipped, List.of());
  }

  @Override
  public void close() {
    // sweeps map their files only while loading; nothing stays open
  }
}
