package dev.mapsmith.drivelog.nuscenes;

import dev.mapsmith.drivelog.CameraStream;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveMetadata;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.RadarSweep;
import dev.mapsmith.drivelog.SignalSeries;
import dev.mapsmith.drivelog.SkippedFrame;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One nuScenes scene as a drive, with its radar; holds no open files. */
record NuScenesDriveLog(
    DriveMetadata metadata,
    PoseTrajectory trajectory,
    List<LidarSweep> sweeps,
    List<CameraStream> cameras,
    List<RadarSweep> radar,
    List<SkippedFrame> skipped,
    Map<String, Object> details)
    implements DriveLog {

  NuScenesDriveLog {
    sweeps = List.copyOf(sweeps);
    cameras = List.copyOf(cameras);
    radar = List.copyOf(radar);
    skipped = List.copyOf(skipped);
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  @Override
  public SignalSeries signals() {
    return SignalSeries.EMPTY;
  }

  @Override
  public void close() {
    // files are read whole when loaded
  }
}
