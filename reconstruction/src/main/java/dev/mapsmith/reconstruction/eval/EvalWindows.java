package dev.mapsmith.reconstruction.eval;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.LidarSweep;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the metric's windows go: at lidar sweep poses along a drive (one every {@code spacing}
 * metres of travel, never where no sweep was taken), or a tile grid over an area with no
 * trajectory. See docs/evaluation.md.
 */
public final class EvalWindows {

  /** Default travel between two windows along a drive, metres. */
  public static final double DEFAULT_SPACING = 5.0;

  private EvalWindows() {}

  /** Windows at the given vehicle poses, skipping poses closer than {@code spacing} to the last. */
  public static List<EvalWindow> atPoses(List<RigidTransform> poses, double spacing) {
    List<EvalWindow> out = new ArrayList<>();
    double lastX = Double.NaN, lastY = Double.NaN;
    for (RigidTransform p : poses) {
      if (out.isEmpty() || Math.hypot(p.tx() - lastX, p.ty() - lastY) >= spacing) {
        out.add(EvalWindow.at(p.tx(), p.ty(), p.yaw()));
        lastX = p.tx();
        lastY = p.ty();
      }
    }
    return out;
  }

  /** Windows at the drive's sweep poses, one per {@code spacing} metres of travel. */
  public static List<EvalWindow> atSweeps(DriveLog drive, double spacing) {
    List<RigidTransform> poses = new ArrayList<>();
    for (LidarSweep s : drive.sweeps()) {
      poses.add(drive.trajectory().at(s.timestampNs()));
    }
    return atPoses(poses, spacing);
  }

  /** Keeps the windows whose centre lies in {@code area}; all of them when it is null. */
  public static List<EvalWindow> within(List<EvalWindow> windows, Bounds2 area) {
    return area == null
        ? windows
        : windows.stream().filter(w -> area.contains(w.cx(), w.cy())).toList();
  }

  /** Axis-aligned 60 m (x) × 30 m (y) tiles covering {@code area}, for maps with no trajectory. */
  public static List<EvalWindow> tileGrid(Bounds2 area) {
    List<EvalWindow> out = new ArrayList<>();
    double l = EvalWindow.DEFAULT_LENGTH, w = EvalWindow.DEFAULT_WIDTH;
    int nx = Math.max(1, (int) Math.ceil(area.width() / l));
    int ny = Math.max(1, (int) Math.ceil(area.height() / w));
    for (int j = 0; j < ny; j++) {
      for (int i = 0; i < nx; i++) {
        out.add(new EvalWindow(area.minX() + (i + 0.5) * l, area.minY() + (j + 0.5) * w, 0, l, w));
      }
    }
    return out;
  }
}
