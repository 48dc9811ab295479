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
}
