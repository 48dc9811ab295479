package dev.mapsmith.reconstruction;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.reconstruction.align.ScanAligner;
import dev.mapsmith.reconstruction.cloud.GroundSegmentation;
import dev.mapsmith.reconstruction.cloud.IntensityNormalizer;
import dev.mapsmith.reconstruction.grid.TiledGrid;

/**
 * Streams sweeps into the sparse ground grid, one at a time: range filter, ground segmentation,
 * intensity normalisation, optional alignment to the map so far, then accumulation of ground points
 * inside the area. Nothing of a sweep is kept after it is added. The learned reconstruction uses it
 * too, to align the sweeps it rasterises.
 */
public final class SweepAccumulator {

  private final ReconstructionConfig cfg;
  private final TiledGrid grid;
  private final Bounds2 area;
  private final ScanAligner aligner;

  public SweepAccumulator(ReconstructionConfig cfg, TiledGrid grid, Bounds2 area) {
    this.cfg = cfg;
    this.grid = grid;
    this.area = area;
    this.aligner = newAligner();
  }

  /** A new aligner to this accumulator's grid, or null when the configuration does not align. */
  public ScanAligner newAligner() {
    return cfg.align() ? new ScanAligner(grid, cfg.alignSearch()) : null;
  }

  /**
   * As {@link #add(PointCloud, double, double, double, RigidTransform, IntensityNormalizer,
   * ScanAligner)} with the accumulator's own aligner.
   */
  double[] add(
      PointCloud world,
      double sx,
      double sy,
      double sz,
      RigidTransform bridge,
      IntensityNormalizer normalizer) {
    return add(world, sx, sy, sz, bridge, normalizer, aligner);
  }

  /**
   * Adds a sweep whose points are already in the world frame, seen from {@code sensor} (world
   * position of the sensor); {@code bridge} moves them into the output frame, {@code aligner}
   * (null: none) shifts them onto the grid so far. Returns that shift (dx, dy).
   */
  public double[] add(
      PointCloud world,
      double sx,
      double sy,
      double sz,
      RigidTransform bridge,
      IntensityNormalizer normalizer,
      ScanAligner aligner) {
    int n = world.size();
    float[] x = new float[n],
        y = new float[n],
        z = new float[n],
        in = new float[n],
        range = new float[n];
    boolean identity = bridge.equals(RigidTransform.IDENTITY);
    org.joml.Matrix4d m = bridge.toMatrix();
    int k = 0;
    double min2 = cfg.minRange() * cfg.minRange(), max2 = cfg.maxRange() * cfg.maxRange();
    for (int i = 0; i < n; i++) {
      double dx = world.x()[i] - sx, dy = world.y()[i] - sy;
      double r2 = dx * dx + dy * dy;
      if (r2 < min2 || r2 > max2) {
        continue;
      }
      double px = world.x()[i], py = world.y()[i], pz = world.z()[i];
      if (!identity) {
        double qx = m.m00() * px + m.m10() * py + m.m20() * pz + m.m30();
        double qy = m.m01() * px + m.m11() * py + m.m21() * pz + m.m31();
        pz = m.m02() * px + m.m12() * py + m.m22() * pz + m.m32();
        px = qx;
        py = qy;
      }
      x[k] = (float) px;
      y[k] = (float) py;
      z[k] = (float) pz;
      in[k] = world.intensity()[i];
      range[k] = (float) Math.sqrt(r2 + (pz - sz) * (pz - sz));
      k++;
    }
    PointCloud kept = new PointCloud(k, x, y, z, in, null);
    boolean[] ground = GroundSegmentation.apply(kept, cfg.ground());
    float[] norm = new float[k];
    normalizer.normalise(k, in, range, ground, norm);
    double[] shift = aligner != null ? aligner.align(kept, ground, norm, sx, sy) : new double[2];
    if (shift[0] != 0 || shift[1] != 0) {
      for (int i = 0; i < k; i++) {
        x[i] += (float) shift[0];
        y[i] += (float) shift[1];
      }
    }
    for (int i = 0; i < k; i++) {
      if (ground[i] && area.contains(x[i], y[i])) {
        grid.add(x[i], y[i], z[i], norm[i]);
      }
    }
    return shift;
  }
}
