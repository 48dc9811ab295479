package dev.mapsmith.reconstruction.learned;

import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.reconstruction.ReconstructionConfig;
import dev.mapsmith.reconstruction.align.ScanAligner;
import dev.mapsmith.reconstruction.cloud.GroundSegmentation;
import dev.mapsmith.reconstruction.cloud.IntensityNormalizer;
import dev.mapsmith.reconstruction.grid.TiledGrid;

/**
 * The classical method's scan-to-map alignment, for the learned raster: each sweep's ground points
 * (range-filtered, range-normalised intensity) are matched against the ground map built from the
 * sweeps before it ({@link ScanAligner}), and the shift that lines up its paint is returned. The
 * whole sweep is then rasterised with that shift, so lines under GNSS noise come out sharp as they
 * do in the classical grid. One aligner and intensity normaliser per drive, one map for all.
 */
final class SweepShifts {

  private final ReconstructionConfig cfg;
  private final TiledGrid map;
  private final ScanAligner[] aligners;
  private final IntensityNormalizer[] normalizers;

  SweepShifts(ReconstructionConfig cfg, int drives, double zRef) {
    this.cfg = cfg;
    this.map = new TiledGrid(cfg.resolution(), zRef);
    this.aligners = new ScanAligner[drives];
    this.normalizers = new IntensityNormalizer[drives];
    for (int d = 0; d < drives; d++) {
      aligners[d] = new ScanAligner(map, cfg.alignSearch());
      normalizers[d] = new IntensityNormalizer();
    }
  }

  /**
   * The (dx, dy) to add to the first {@code n} points of one sweep of drive {@code drive} (output
   * frame, sensor at {@code sx, sy, sz}); the sweep's ground points are then added to the map.
   */
  double[] shift(
      int drive,
      int n,
      float[] x,
      float[] y,
      float[] z,
      float[] in,
      double sx,
      double sy,
      double sz) {
    float[] kx = new float[n], ky = new float[n], kz = new float[n], ki = new float[n];
    float[] range = new float[n];
    double min2 = cfg.minRange() * cfg.minRange(), max2 = cfg.maxRange() * cfg.maxRange();
    int k = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - sx, dy = y[i] - sy, r2 = dx * dx + dy * dy;
      if (r2 < min2 || r2 > max2) {
        continue;
      }
      kx[k] = x[i];
      ky[k] = y[i];
      kz[k] = z[i];
      ki[k] = in[i];
      range[k] = (float) Math.sqrt(r2 + (z[i] - sz) * (z[i] - sz));
      k++;
    }
    PointCloud kept = new PointCloud(k, kx, ky, kz, ki, null);
    boolean[] ground = GroundSegmentation.apply(kept, cfg.ground());
    float[] norm = new float[k];
    normalizers[drive].normalise(k, ki, range, ground, norm);
    double[] s = cfg.align() ? aligners[drive].align(kept, ground, norm, sx, sy) : new double[2];
    for (int i = 0; i < k; i++) {
      if (ground[i]) {
        map.add((float) (kx[i] + s[0]), (float) (ky[i] + s[1]), kz[i], norm[i]);
      }
    }
    return s;
  }
}
