package dev.mapsmith.app.ops;

import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.viewer3d.PointCloud;
import java.util.List;

/**
 * A thinned lidar cloud of a drive for the 3D view: evenly spaced sweeps, each thinned to a stride,
 * in the drive's world frame, with per-point time (seconds from the drive's start). Broken sweeps
 * are left out.
 */
public final class DriveClouds {

  /** How much of a drive the 3D view shows. */
  public record Limits(int maxSweeps, int maxPoints) {
    public static final Limits DEFAULT = new Limits(40, 2_000_000);
  }

  private DriveClouds() {}

  /** Null when the drive has no lidar. */
  public static PointCloud sample(DriveLog log, Limits limits, ProgressMonitor monitor)
      throws DriveLogException {
    List<LidarSweep> sweeps = log.sweeps();
    if (sweeps.isEmpty()) {
      return null;
    }
    int step = Math.max(1, (int) Math.ceil(sweeps.size() / (double) limits.maxSweeps()));
    int chosen = (sweeps.size() + step - 1) / step;
    int perSweep = Math.max(1, limits.maxPoints() / chosen);
    long t0 = log.metadata().startNs();
    float[] xyz = new float[3 * perSweep * chosen];
    float[] intensity = new float[perSweep * chosen];
    float[] time = new float[perSweep * chosen];
    int n = 0;
    for (int s = 0, k = 0; s < sweeps.size(); s += step, k++) {
      monitor.checkCancelled();
      monitor.progress(k / (double) chosen, "sweep " + (s + 1) + " of " + sweeps.size());
      LidarSweep sweep = sweeps.get(s);
      dev.mapsmith.drivelog.PointCloud c;
      try {
        c = sweep.loadInWorld(log.trajectory());
      } catch (DriveLogException e) {
        continue; // listed by the reader as skipped; the view shows the rest
      }
      int stride = Math.max(1, (int) Math.ceil(c.size() / (double) perSweep));
      float t = (sweep.timestampNs() - t0) / 1e9f;
      for (int i = 0; i < c.size() && n < intensity.length; i += stride) {
        if (!Float.isFinite(c.x()[i]) || !Float.isFinite(c.y()[i]) || !Float.isFinite(c.z()[i])) {
          continue;
        }
        xyz[3 * n] = c.x()[i];
        xyz[3 * n + 1] = c.y()[i];
        xyz[3 * n + 2] = c.z()[i];
        intensity[n] = c.intensity()[i];
        time[n] = t;
        n++;
      }
    }
    monitor.progress(1, n + " points");
    return PointCloud.of(java.util.Arrays.copyOf(xyz, 3 * n), java.util.Arrays.copyOf(intensity, n))
        .withTimes(java.util.Arrays.copyOf(time, n));
  }
}
