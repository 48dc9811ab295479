package dev.mapsmith.reconstruction.lanegraph;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.LidarSweep;
import java.util.ArrayList;
import java.util.List;

/** The path a drive took: its vehicle positions at the sweeps, in its frame, in driving order. */
public final class DrivePath {

  /** Positions closer than this to the last kept one are skipped (standing still), metres. */
  private static final double MIN_STEP_M = 0.5;

  private DrivePath() {}

  /** The path; fewer than two positions give a path of one repeated point. */
  public static Polyline of(DriveLog drive) {
    List<Point3> pts = new ArrayList<>();
    for (LidarSweep s : drive.sweeps()) {
      RigidTransform p = drive.trajectory().at(s.timestampNs());
      Point3 at = new Point3(p.tx(), p.ty(), p.tz());
      if (pts.isEmpty() || pts.get(pts.size() - 1).distance2dTo(at) >= MIN_STEP_M) {
        pts.add(at);
      }
    }
    if (pts.isEmpty()) {
      pts.add(new Point3(0, 0, 0));
    }
    if (pts.size() == 1) {
      pts.add(pts.get(0));
    }
    return Polyline.of(pts);
  }
}
