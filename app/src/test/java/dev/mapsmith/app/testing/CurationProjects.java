package dev.mapsmith.app.testing;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.TimedPose;
import dev.mapsmith.labeling.DriveFingerprint;
import dev.mapsmith.labeling.DriveRecord;
import dev.mapsmith.labeling.Project;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A project for the training-set tests on a real drive with lidar ({@link
 * TestDrives#sharedStraight}), in the drive's frame with the drive recorded: a verified solid
 * divider 1.8 m left of the path and an automatic (unreviewed) boundary 6 m right of it, both along
 * the whole drive and 20 m beyond its ends.
 */
public final class CurationProjects {

  private CurationProjects() {}

  /** Writes the project; returns the drive's id. */
  public static String write(Path file, Path drive) throws Exception {
    try (DriveLog log = DriveLogs.open(drive);
        Project p = Project.create(file, log.metadata().frame())) {
      p.addDrive(
          new DriveRecord(
              log.metadata().id(), drive, log.metadata().format(), DriveFingerprint.of(drive)));
      List<TimedPose> poses = log.trajectory().poses();
      RigidTransform a = poses.get(0).vehicleToWorld();
      RigidTransform b = poses.get(poses.size() - 1).vehicleToWorld();
      double dx = b.tx() - a.tx(), dy = b.ty() - a.ty(), len = Math.hypot(dx, dy);
      double ux = dx / len, uy = dy / len;
      long id = p.nextId();
      p.insertAll(
          List.of(
              along(id, MapClass.DIVIDER, ReviewState.VERIFIED, a, b, ux, uy, 1.8, "solid"),
              along(id + 1, MapClass.BOUNDARY, ReviewState.AUTO, a, b, ux, uy, -6, null)),
          "test fixture");
      return log.metadata().id();
    }
  }

  private static Primitive along(
      long id,
      MapClass c,
      ReviewState r,
      RigidTransform a,
      RigidTransform b,
      double ux,
      double uy,
      double left,
      String subtype) {
    double ox = -uy * left, oy = ux * left;
    double[] xyz = {
      a.tx() - 20 * ux + ox, a.ty() - 20 * uy + oy, a.tz(),
      b.tx() + 20 * ux + ox, b.ty() + 20 * uy + oy, b.tz()
    };
    Attributes attrs = subtype == null ? Attributes.EMPTY : Attributes.of("subtype", subtype);
    Provenance prov = new Provenance("test-fixture", "1", "", List.of(), "test", Instant.EPOCH);
    return new Primitive(id, c, Polyline.of(xyz), attrs, r, 0.9, prov);
  }
}
