package dev.mapsmith.drivelog;

import java.util.List;
import java.util.Map;

/**
 * One drive, read lazily: its metadata, the vehicle's pose trajectory in the drive's frame, lidar
 * sweeps, camera streams and vehicle signals. Frames that could not be read are listed in {@link
 * #skipped()} and left out; the rest stays usable. Closing releases mapped files.
 */
public interface DriveLog extends AutoCloseable {

  DriveMetadata metadata();

  /** The vehicle's pose in the world frame ({@link DriveMetadata#frame()}) over time. */
  PoseTrajectory trajectory();

  /** Lidar sweeps in time order; each loads its points on demand. */
  List<LidarSweep> sweeps();

  List<CameraStream> cameras();

  SignalSeries signals();

  /** Radar sweeps in time order (all radars together); empty for formats without radar. */
  default List<RadarSweep> radar() {
    return List.of();
  }

  /** Frames that were found broken and skipped, with the reason. */
  List<SkippedFrame> skipped();

  /**
   * Facts particular to the format, for {@code mapsmith info} (e.g. an MCAP bag's {@code
   * pose_source}, topics and notes); empty by default.
   */
  default Map<String, Object> details() {
    return Map.of();
  }

  @Override
  void close();
}
