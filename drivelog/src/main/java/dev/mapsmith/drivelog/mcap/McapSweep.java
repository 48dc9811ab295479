package dev.mapsmith.drivelog.mcap;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.drivelog.PointClouds;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.mcap.ros2.CdrException;
import dev.mapsmith.drivelog.mcap.ros2.PointCloud2Message;
import dev.mapsmith.drivelog.mcap.ros2.PointCloud2Points;

/**
 * One {@code sensor_msgs/PointCloud2} message as a lidar sweep. Its time is the message header's
 * stamp (the time the poses are in), read on first use; points that are not finite (the holes of an
 * organised cloud) are dropped.
 */
final class McapSweep implements LidarSweep {

  private final int index;
  private final McapFile file;
  private final MessageRef ref;
  private final String sensor;
  private final RigidTransform lidarToVehicle;
  private volatile long stampNs = Long.MIN_VALUE;

  McapSweep(int index, McapFile file, MessageRef ref, String sensor, RigidTransform mount) {
    this.index = index;
    this.file = file;
    this.ref = ref;
    this.sensor = sensor;
    this.lidarToVehicle = mount;
  }

  @Override
  public int index() {
    return index;
  }

  @Override
  public long timestampNs() {
    if (stampNs == Long.MIN_VALUE) {
      try {
        message();
      } catch (DriveLogException e) {
        return ref.logTimeNs(); // unreadable: load() reports why
      }
    }
    return stampNs;
  }

  /** The time the message was logged (received), as the bag's index holds it. */
  long logTimeNs() {
    return ref.logTimeNs();
  }

  @Override
  public String sensor() {
    return sensor;
  }

  @Override
  public RigidTransform sensorToVehicle() {
    return lidarToVehicle;
  }

  @Override
  public long pointCount() throws DriveLogException {
    return message().pointCount();
  }

  @Override
  public PointCloud load() throws DriveLogException {
    return points(file.read(ref));
  }

  @Override
  public PointCloud loadInWorld(PoseTrajectory trajectory) throws DriveLogException {
    return inWorld(file.read(ref), trajectory);
  }

  /** Where the sweep's message lies in the bag. */
  MessageRef ref() {
    return ref;
  }

  McapFile file() {
    return file;
  }

  /** The sweep's points in the world frame, from its message (read by the caller). */
  PointCloud inWorld(McapMessage m, PoseTrajectory trajectory) throws DriveLogException {
    PointCloud c = points(m);
    return PointClouds.toWorld(c, lidarToVehicle, stampNs, trajectory);
  }

  /** The sweep's finite points in the lidar frame, from its message; notes the stamp. */
  private PointCloud points(McapMessage m) throws DriveLogException {
    PointCloud2Message p = decode(m);
    try {
      return finite(PointCloud2Points.read(p));
    } catch (CdrException | IndexOutOfBoundsException e) {
      throw fault(e);
    }
  }

  private PointCloud2Message message() throws DriveLogException {
    return decode(file.read(ref));
  }

  private PointCloud2Message decode(McapMessage m) throws DriveLogException {
    try {
      PointCloud2Message p = PointCloud2Message.decode(m.buffer(), m.from(), m.to());
      stampNs = p.header().stampNs();
      return p;
    } catch (CdrException e) {
      throw fault(e);
    }
  }

  private DriveLogException fault(RuntimeException e) {
    return new DriveLogException(
        file.path(),
        sensor + " message " + index + " (log time " + ref.logTimeNs() + ")",
        "PointCloud2 does not decode: " + e.getMessage(),
        e);
  }

  private static PointCloud finite(PointCloud c) {
    if (PointClouds.firstNonFinite(c) < 0) {
      return c;
    }
    float[] x = c.x(), y = c.y(), z = c.z(), in = c.intensity(), t = c.time();
    int k = 0;
    for (int i = 0; i < c.size(); i++) {
      if (Float.isFinite(x[i] + y[i] + z[i])) {
        x[k] = x[i];
        y[k] = y[i];
        z[k] = z[i];
        in[k] = in[i];
        if (t != null) {
          t[k] = t[i];
        }
        k++;
      }
    }
    return new PointCloud(k, x, y, z, in, t);
  }
}
