package dev.mapsmith.batch;

import dev.mapsmith.core.frame.FrameAlignment;
import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveMetadata;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.SimpleDriveLog;
import dev.mapsmith.drivelog.TimedPose;
import java.util.ArrayList;
import java.util.List;

/**
 * A drive re-expressed in a tile's local frame and moved by its alignment correction: the poses are
 * carried into {@code target} and shifted by ({@code dx}, {@code dy}); the sweeps are the drive's
 * own (loaded lazily, only when a reconstruction selects them).
 */
final class FramedDrive {

  private FramedDrive() {}

  static DriveLog in(DriveLog d, FrameOfReference target, double dx, double dy) {
    RigidTransform bridge =
        new RigidTransform(1, 0, 0, 0, dx, dy, 0)
            .compose(FrameAlignment.rigid(d.metadata().frame(), target));
    List<TimedPose> poses = new ArrayList<>();
    for (TimedPose p : d.trajectory().poses()) {
      poses.add(new TimedPose(p.timestampNs(), bridge.compose(p.vehicleToWorld())));
    }
    DriveMetadata m = d.metadata();
    return new SimpleDriveLog(
        new DriveMetadata(
            m.id(), m.format(), m.path(), target, m.startNs(), m.endNs(), m.sensors()),
        new PoseTrajectory(poses),
        d.sweeps(),
        d.cameras(),
        d.signals(),
        d.skipped());
  }
}
