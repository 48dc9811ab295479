package dev.mapsmith.drivelog;

import dev.mapsmith.core.frame.RigidTransform;
import java.nio.file.Path;

/**
 * A lidar sweep stored as one file: its index, time, sensor name, file and mount, shared by the
 * file-per-sweep readers (KITTI {@code .bin}, Argoverse 2 feather, nuScenes {@code .pcd.bin}),
 * which add only how the file is decoded.
 */
public abstract class SweepFile implements LidarSweep {

  private final int index;
  private final long timestampNs;
  private final String sensor;
  private final Path file;
  private final RigidTransform sensorToVehicle;

  protected SweepFile(
      int index, long timestampNs, String sensor, Path file, RigidTransform sensorToVehicle) {
    this.index = index;
    this.timestampNs = timestampNs;
    this.sensor = sensor;
    this.file = file;
    this.sensorToVehicle = sensorToVehicle;
  }

  @Override
  public final int index() {
    return index;
  }

  @Override
  public final long timestampNs() {
    return timestampNs;
  }

  @Override
  public final String sensor() {
    return sensor;
  }

  /** The sweep's file. */
  public final Path file() {
    return file;
  }

  @Override
  public final RigidTransform sensorToVehicle() {
    return sensorToVehicle;
  }
}
