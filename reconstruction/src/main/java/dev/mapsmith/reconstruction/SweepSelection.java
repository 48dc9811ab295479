package dev.mapsmith.reconstruction;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.LidarSweep;
import java.util.ArrayList;
import java.util.List;

/** Chooses the sweeps whose vehicle pose lies within sensor range of the area. */
final class SweepSelection {

  private SweepSelection() {}

  static List<SelectedSweep> select(
      List<DriveLog> drives, List<RigidTransform> bridges, Bounds2 area, double range) {
    Bounds2 near = area == null ? null : area.expand(range);
    List<SelectedSweep> out = new ArrayList<>();
    for (int d = 0; d < drives.size(); d++) {
      DriveLog drive = drives.get(d);
      for (LidarSweep s : drive.sweeps()) {
        RigidTransform pose = bridges.get(d).compose(drive.trajectory().at(s.timestampNs()));
        if (near == null || near.contains(pose.tx(), pose.ty())) {
          out.add(new SelectedSweep(d, s, pose, bridges.get(d)));
        }
      }
    }
    return out;
  }

  /** The box around the selected sweeps' poses, grown by the sensor range. */
  static Bounds2 corridor(List<SelectedSweep> sweeps, double range) {
    Bounds2 b = Bounds2.EMPTY;
    for (SelectedSweep s : sweeps) {
      b = b.include(s.pose().tx(), s.pose().ty());
    }
    return b.expand(range);
  }
}
