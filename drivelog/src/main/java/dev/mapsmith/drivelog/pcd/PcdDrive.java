package dev.mapsmith.drivelog.pcd;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.DriveMetadata;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.drivelog.PointClouds;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.SignalSeries;
import dev.mapsmith.drivelog.SimpleDriveLog;
import java.nio.file.Path;
import java.util.List;

/**
 * A PCD file as a drive of one sweep at time 0, in a named local frame {@code pcd:<file name>},
 * with no trajectory (the identity pose). The header is checked on open; points load on demand.
 */
public final class PcdDrive {

  private PcdDrive() {}

  public static DriveLog open(Path file) throws DriveLogException {
    int points = PcdReader.header(file).points();
    String name = file.getFileName().toString();
    DriveMetadata meta =
        new DriveMetadata(
            name, "pcd", file, new NamedLocalFrame("pcd:" + name), 0, 0, List.of("pcd"));
    LidarSweep sweep = new PcdSweep(file, points);
    return new SimpleDriveLog(
        meta,
        new PoseTrajectory(List.of()),
        List.of(sweep),
        List.of(),
        SignalSeries.EMPTY,
        List.of());
  }

  private record PcdSweep(Path file, int points) implements LidarSweep {
    @Override
    public long pointCount() {
      return points;
    }

    @Override
    public int index() {
      return 0;
    }

    @Override
    public long timestampNs() {
      return 0;
    }

    @Override
    public String sensor() {
      return "pcd";
    }

    @Override
    public RigidTransform sensorToVehicle() {
      return RigidTransform.IDENTITY;
    }

    @Override
    public PointCloud load() throws DriveLogException {
      return PcdReader.read(file);
    }

    @Override
    public PointCloud loadInWorld(PoseTrajectory trajectory) throws DriveLogException {
      return PointClouds.toWorld(load(), sensorToVehicle(), 0, trajectory);
    }
  }
}
