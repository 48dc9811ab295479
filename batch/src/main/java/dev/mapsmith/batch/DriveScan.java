package dev.mapsmith.batch;

import dev.mapsmith.core.frame.EnuProjection;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.TimedPose;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * The first stage, one task per drive: opens the drive (its poses, not its sweeps) and lists the S2
 * tiles its sensor reach touches. A drive that cannot be read, has no readable sweep, is not the
 * format the manifest says or has no geodetic frame comes back with its error instead.
 */
final class DriveScan {

  /** What the scan found: the drive's geodetic origin and tiles, or an error. */
  record Info(
      int index,
      String path,
      String id,
      double lat,
      double lon,
      double alt,
      long[] tiles,
      int sweeps,
      String error)
      implements Serializable {

    boolean ok() {
      return error == null;
    }

    static Info failed(DriveManifest.Entry e, String why) {
      return new Info(e.index(), e.path(), "", 0, 0, 0, new long[0], 0, why);
    }
  }

  private static final int POSE_STEP = 5;

  private DriveScan() {}

  /**
   * Scans one drive; an unexpected failure while opening it throws while Spark will retry the task
   * ({@link TaskAttempts}) and is reported as the drive's error on the last attempt.
   */
  static Info scan(DriveManifest.Entry e, int level, double reachM, int attempts) {
    Path path = Path.of(e.path());
    if (!Files.exists(path)) {
      return Info.failed(e, path + ": drive not found");
    }
    String detected = DriveLogs.detect(path);
    if (!"auto".equals(e.format()) && !e.format().equals(detected)) {
      return Info.failed(
          e,
          path
              + ": the manifest says format '"
              + e.format()
              + "' but the drive reads as '"
              + (detected.isEmpty() ? "no known format" : detected)
              + "'");
    }
    try (DriveLog d = DriveLogs.open(path)) {
      if (!(d.metadata().frame() instanceof LocalEnuFrame enu)) {
        return Info.failed(
            e,
            path
                + ": its frame "
                + d.metadata().frame().describe()
                + " has no geodetic origin, so it cannot be placed on the global tiles");
      }
      if (d.sweeps().isEmpty()) {
        return Info.failed(e, path + ": no readable lidar sweep");
      }
      EnuProjection p = enu.projection();
      TreeSet<Long> tiles = new TreeSet<>();
      List<TimedPose> poses = d.trajectory().poses();
      for (int i = 0; i < poses.size(); i += POSE_STEP) {
        var t = poses.get(i).vehicleToWorld();
        Tiles.around(p, new Point3(t.tx(), t.ty(), t.tz()), reachM, level, tiles);
      }
      return new Info(
          e.index(),
          e.path(),
          d.metadata().id(),
          enu.origin().latDeg(),
          enu.origin().lonDeg(),
          enu.origin().altM(),
          tiles.stream().mapToLong(Long::longValue).toArray(),
          d.sweeps().size(),
          null);
    } catch (Exception ex) {
      if (!TaskAttempts.isLast(attempts)) {
        throw new IllegalStateException(path + ": " + ex.getMessage() + " (Spark retries)", ex);
      }
      return Info.failed(e, path + ": " + ex.getMessage());
    }
  }
}
