package dev.mapsmith.drivelog.mcap;

import dev.mapsmith.drivelog.CameraStream;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveMetadata;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.SignalSeries;
import dev.mapsmith.drivelog.SkippedFrame;
import java.util.List;
import java.util.Map;

/** A drive read from a ROS 2 MCAP bag; holds the bag open until closed. */
record McapDriveLog(
    DriveMetadata metadata,
    PoseTrajectory trajectory,
    List<LidarSweep> sweeps,
    List<CameraStream> cameras,
    SignalSeries signals,
    List<SkippedFrame> skipped,
    Map<String, Object> details,
    McapFile bag)
    implements DriveLog {

  McapDriveLog {
    sweeps = List.copyOf(sweeps);
    cameras = List.copyOf(cameras);
    skipped = List.copyOf(skipped);
    details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
  }

  @Override
  public void close() {
    bag.close();
  }
}
