package dev.mapsmith.drivelog.pcd;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.DriveMetadata;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.drivelog.PointClouds;
import dev.mapsmith.drivelog.PointSink;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.SignalSeries;
import dev.mapsmith.drivelog.SimpleDriveLog;
import dev.mapsmith.drivelog.SweepFile;
import java.nio.file.Path;
import java.util.List;

/**
 * A PCD file as a drive of one sweep at time 0, in a named local frame {@code pcd:<file name>},
 * with no trajectory (the identity pose). The header is checked on open; points load on demand, and
 * stream a piece at a time to callers that keep only some of them.
 */
public final class PcdDrive {

  private PcdDrive() {}

  public static DriveLog open(Path file) throws DriveLogException {
    return open(file, PcdSweep.PIECE);
  }

  /** As {@link #open(Path)}, streaming in pieces of {@code piecePoints} (tests use small ones). */
  static DriveLog open(Path file, int piecePoints) throws DriveLogException {
    int points = PcdReader.header(file).points();
    String name = file.getFileName().toString();
    DriveMetadata meta =
        new DriveMetadata(
            name, "pcd", file, new NamedLocalFrame("pcd:" + name), 0, 0, List.of("pcd"));
    LidarSweep sweep = new PcdSweep(file, points, piecePoints);
    return new SimpleDriveLog(
        meta,
        new PoseTrajectory(List.of()),
        List.of(sweep),
        List.of(),
        SignalSeries.EMPTY,
        List.of());
  }

  /** The one sweep of a PCD drive: time 0, sensor "pcd", the identity mount. */
  private static final class PcdSweep extends SweepFile {

    /** Points per piece when the cloud streams ({@link #streamInWorld}): 16-20 MiB. */
    static final int PIECE = 1 << 20;

    private final int points;
    private final int piece;

    PcdSweep(Path file, int points, int piece) {
      super(0, 0, "pcd", file, RigidTransform.IDENTITY);
      this.points = points;
      this.piece = piece;
    }

    @Override
    public long pointCount() {
      return points;
    }

    @Override
    public PointCloud load() throws DriveLogException {
      return PcdReader.read(file());
    }

    @Override
    public PointCloud loadInWorld(PoseTrajectory trajectory) throws DriveLogException {
      return PointClouds.toWorld(load(), sensorToVehicle(), 0, trajectory);
    }

    @Override
    public void streamInWorld(PoseTrajectory trajectory, PointSink sink) throws DriveLogException {
      PcdReader.stream(
          file(),
          piece,
          piece -> sink.accept(PointClouds.toWorld(piece, sensorToVehicle(), 0, trajectory)));
    }
  }
}
