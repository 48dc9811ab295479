package dev.mapsmith.reconstruction.learned;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.raster.BevGrid;
import dev.mapsmith.core.raster.BevRaster;
import dev.mapsmith.core.raster.BevRasterizer;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.reconstruction.ReconstructionConfig;
import dev.mapsmith.reconstruction.vector.Headings;
import java.util.List;

/**
 * The bird's-eye-view raster the model sees: every sweep of every drive in the target frame ({@link
 * DriveLog#loadIn}), accumulated by core's {@link BevRasterizer} at 0.1 m on a grid aligned to
 * multiples of 25.6 m, as the training-set export rasterises its tiles; optionally with each sweep
 * aligned to the ones before it (the export, on exact-pose drives, needs no alignment).
 */
final class DriveRaster {

  /** Tile edge of the training set, metres (256 cells of 0.1 m). */
  static final double TILE_METRES = 25.6;

  static final double RESOLUTION = 0.1;

  private DriveRaster() {}

  /** The grid over {@code area}, snapped outwards to the training-set tile grid. */
  static BevGrid grid(Bounds2 area) {
    double minX = Math.floor(area.minX() / TILE_METRES) * TILE_METRES;
    double minY = Math.floor(area.minY() / TILE_METRES) * TILE_METRES;
    double maxX = Math.ceil(area.maxX() / TILE_METRES) * TILE_METRES;
    double maxY = Math.ceil(area.maxY() / TILE_METRES) * TILE_METRES;
    int w = (int) Math.round((maxX - minX) / RESOLUTION);
    int h = (int) Math.round((maxY - minY) / RESOLUTION);
    return new BevGrid(minX, minY, RESOLUTION, Math.max(1, w), Math.max(1, h));
  }

  /** The vehicle's path at the sweeps' times, in {@code frame}, grown by {@code reach} metres. */
  static Bounds2 corridor(List<DriveLog> drives, FrameOfReference frame, double reach) {
    Bounds2 b = Bounds2.EMPTY;
    for (DriveLog d : drives) {
      RigidTransform toFrame = d.transformTo(frame);
      for (LidarSweep s : d.sweeps()) {
        RigidTransform pose = d.trajectory().at(s.timestampNs());
        Point3 p = toFrame.apply(new Point3(pose.tx(), pose.ty(), pose.tz()));
        b = b.union(new Bounds2(p.x(), p.y(), p.x(), p.y()));
      }
    }
    return b.isEmpty() ? b : b.expand(reach);
  }

  /** The vehicle's heading at each sweep, for telling stop lines from crosswalk stripes. */
  static Headings headings(List<DriveLog> drives, FrameOfReference frame) {
    Headings h = new Headings();
    for (DriveLog d : drives) {
      RigidTransform toFrame = d.transformTo(frame);
      for (LidarSweep s : d.sweeps()) {
        RigidTransform pose = d.trajectory().at(s.timestampNs());
        Point3 p = toFrame.apply(new Point3(pose.tx(), pose.ty(), pose.tz()));
        h.add(p.x(), p.y(), pose.yaw());
      }
    }
    return h;
  }

  /**
   * Rasterises all sweeps of {@code drives} (in {@code frame}) over {@code grid}; with {@code
   * align} each sweep is first shifted onto the map of the sweeps before it, as the classical
   * method does ({@link SweepShifts}), so that noisy poses do not smear the lines.
   */
  static BevRaster build(
      List<DriveLog> drives,
      FrameOfReference frame,
      BevGrid grid,
      ReconstructionConfig align,
      ProgressMonitor progress)
      throws DriveLogException {
    BevRasterizer r = new BevRasterizer(grid);
    int total = drives.stream().mapToInt(d -> d.sweeps().size()).sum(), done = 0;
    SweepShifts shifts = null;
    for (int k = 0; k < drives.size(); k++) {
      DriveLog d = drives.get(k);
      RigidTransform toFrame = d.transformTo(frame);
      for (LidarSweep s : d.sweeps()) {
        progress.checkCancelled();
        PointCloud pc = d.loadIn(s, frame);
        float[] x = pc.x(), y = pc.y(), z = pc.z(), in = pc.intensity();
        int n = 0;
        for (int i = 0; i < pc.size(); i++) {
          if (!Float.isFinite(x[i]) || !Float.isFinite(y[i]) || !Float.isFinite(z[i])) {
            continue; // as the training-set export: non-finite points are skipped
          }
          x[n] = x[i];
          y[n] = y[i];
          z[n] = z[i];
          in[n++] = in[i];
        }
        if (align != null && align.align()) {
          RigidTransform sensor = d.trajectory().at(s.timestampNs()).compose(s.sensorToVehicle());
          Point3 o = new Point3(sensor.tx(), sensor.ty(), sensor.tz());
          o = toFrame.apply(o);
          if (shifts == null) {
            shifts = new SweepShifts(align, drives.size(), o.z());
          }
          double[] shift =
              shifts.shift(k, new PointCloud(n, x, y, z, in, null), o.x(), o.y(), o.z());
          for (int i = 0; i < n; i++) {
            x[i] += (float) shift[0];
            y[i] += (float) shift[1];
          }
        }
        r.add(n, x, y, z, in);
        progress.progress(++done / (double) total, "sweep " + done + " of " + total);
      }
    }
    return r.finish();
  }
}
