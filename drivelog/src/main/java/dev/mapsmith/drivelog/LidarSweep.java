package dev.mapsmith.drivelog;

import dev.mapsmith.core.frame.RigidTransform;

/** One lidar sweep; its points load on demand, in the sensor frame. */
public interface LidarSweep {

  int index();

  long timestampNs();

  String sensor();

  RigidTransform sensorToVehicle();

  /**
   * How many points the sweep holds, found as cheaply as the format allows (file size, header or
   * metadata) rather than by decoding the points.
   */
  default long pointCount() throws DriveLogException {
    return load().size();
  }

  /** The points in the sensor frame. */
  PointCloud load() throws DriveLogException;

  /**
   * The points in the world frame, using the vehicle pose at the sweep's time (and at each point's
   * time where the format has per-point times).
   */
  PointCloud loadInWorld(PoseTrajectory trajectory) throws DriveLogException;

  /**
   * The points in the world frame, as {@link #loadInWorld}, handed to {@code sink} a piece at a
   * time in file order. The default hands the whole cloud as one piece; a format whose single file
   * can exceed the memory budget (a PCD map) streams it, so that a caller keeping only some of the
   * points never holds all of them.
   */
  default void streamInWorld(PoseTrajectory trajectory, PointSink sink) throws DriveLogException {
    sink.accept(loadInWorld(trajectory));
  }
}
