package dev.mapsmith.drivelog.mcap;

import dev.mapsmith.drivelog.CameraStream;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.DriveMetadata;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.SignalSeries;
import dev.mapsmith.drivelog.SkippedFrame;
import dev.mapsmith.drivelog.SweepSink;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A drive read from a ROS 2 MCAP bag; holds the bag open until closed. */
record McapDriveLog(
    DriveMetadata metadata,
    PoseTrajectory trajectory,
    List<LidarSweep> sweeps,
    List<CameraStream> cameras,
    Supplier<SignalSeries> signalSource,
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

  /** The signals (a large bag reads its odometry, GNSS and IMU here, on first use). */
  @Override
  public SignalSeries signals() {
    return signalSource.get();
  }

  @Override
  public void readInWorld(List<LidarSweep> asked, int threads, SweepSink sink)
      throws DriveLogException {
    if (!McapClouds.handles(bag, asked)) {
      DriveLog.super.readInWorld(asked, threads, sink);
      return;
    }
    McapClouds.read(bag, asked, trajectory, threads, sink);
  }

  @Override
  public void close() {
    bag.close();
  }
}
