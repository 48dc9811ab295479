package dev.mapsmith.drivelog.nuscenes;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.InputFiles;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.drivelog.PointClouds;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.SweepFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

/**
 * A {@code LIDAR_TOP} sweep ({@code .pcd.bin}): float32 × 5 per point (x, y, z, intensity 0–255,
 * ring) in the lidar frame. The world pose is the ego pose at the sweep's timestamp.
 */
final class NuScenesLidarSweep extends SweepFile {

  private static final int POINT_BYTES = 20;

  NuScenesLidarSweep(int index, long timestampNs, Path file, RigidTransform lidarToVehicle) {
    super(index, timestampNs, "LIDAR_TOP", file, lidarToVehicle);
  }

  @Override
  public long pointCount() throws DriveLogException {
    return size() / POINT_BYTES;
  }

  private long size() throws DriveLogException {
    long s = InputFiles.size(file());
    if (s % POINT_BYTES != 0) {
      throw new DriveLogException(
          file(), "", s + " bytes is not a whole number of 20-byte points: truncated or damaged");
    }
    return s;
  }

  @Override
  public PointCloud load() throws DriveLogException {
    long size = size();
    // the file's bytes plus x, y, z and intensity as float32 per point
    InputFiles.requireMemory(file(), "", size + size / POINT_BYTES * 16, "the sweep");
    byte[] bytes = InputFiles.readAll(file(), Integer.MAX_VALUE - 8, "a LIDAR_TOP sweep");
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
      throw new DriveLogException(file(), "point " + bad, "non-finite coordinate");
    }
    return c;
  }

  @Override
  public PointCloud loadInWorld(PoseTrajectory trajectory) throws DriveLogException {
    return PointClouds.toWorld(load(), sensorToVehicle(), timestampNs(), trajectory);
  }
}
