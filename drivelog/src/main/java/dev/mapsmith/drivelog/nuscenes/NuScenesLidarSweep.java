package dev.mapsmith.drivelog.nuscenes;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.drivelog.PointClouds;
import dev.mapsmith.drivelog.PoseTrajectory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A {@code LIDAR_TOP} sweep ({@code .pcd.bin}): float32 × 5 per point (x, y, z, intensity 0–255,
 * ring) in the lidar frame. The world pose is the ego pose at the sweep's timestamp.
 */
final class NuScenesLidarSweep implements LidarSweep {

  private static final int POINT_BYTES = 20;

  private final int index;
  private final long timestampNs;
  private final Path file;
  private final RigidTransform lidarToVehicle;

  NuScenesLidarSweep(int index, long timestampNs, Path file, RigidTransform lidarToVehicle) {
    this.index = index;
    this.timestampNs = timestampNs;
    this.file = file;
    this.lidarToVehicle = lidarToVehicle;
  }

  @Override
  public int index() {
    return index;
  }

  @Override
  public long timestampNs() {
    return timestampNs;
  }

  @Override
  public String sensor() {
    return "LIDAR_TOP";
  }

  @Override
  public RigidTransform sensorToVehicle() {
    return lidarToVehicle;
  }

  @Override
  public long pointCount() throws DriveLogException {
    return size() / POINT_BYTES;
  }

  private long size() throws DriveLogException {
    try {
      long s = Files.size(file);
      if (s % POINT_BYTES != 0) {
        throw new DriveLogException(file, "", s + " bytes is not a whole number of 20-byte points");
      }
      return s;
    } catch (IOException e) {
      throw new DriveLogException(file, "", "cannot read: " + e, e);
    }
  }

  @Override
  public PointCloud load() throws DriveLogException {
    size();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new DriveLogException(file, "", "cannot read: " + e, e);
    }
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int n = bytes.length / POINT_BYTES;
    PointCloud c = PointCloud.allocate(n, false);
    for (int i = 0; i < n; i++) {
      int at = i * POINT_BYTES;
      c.x()[i] = b.getFloat(at);
      c.y()[i] = b.getFloat(at + 4);
      c.z()[i] = b.getFloat(at + 8);
      c.intensity()[i] = b.getFloat(at + 12) / 255f;
    }
    int bad = PointClouds.firstNonFinite(c);
    if (bad >= 0) {
      throw new DriveLogException(file, "point " + bad, "non-finite coordinate");
    }
    return c;
  }

  @Override
  public PointCloud loadInWorld(PoseTrajectory trajectory) throws DriveLogException {
    return PointClouds.toWorld(load(), lidarToVehicle, timestampNs, trajectory);
  }
}
