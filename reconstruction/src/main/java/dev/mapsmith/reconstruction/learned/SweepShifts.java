package dev.mapsmith.reconstruction.learned;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.reconstruction.ReconstructionConfig;
import dev.mapsmith.reconstruction.SweepAccumulator;
import dev.mapsmith.reconstruction.align.ScanAligner;
import dev.mapsmith.reconstruction.cloud.IntensityNormalizer;
import dev.mapsmith.reconstruction.grid.TiledGrid;

/**
 * The classical method's scan-to-map alignment, for the learned raster: each sweep goes through the
 * classical {@link SweepAccumulator} (range filter, ground, range-normalised intensity, alignment
 * to the ground map of the sweeps before it), and the shift that lines up its paint is returned.
 * The whole sweep is then rasterised with that shift, so lines under GNSS noise come out sharp as
 * they do in the classical grid. One aligner and intensity normaliser per drive, one map for all.
 */
final class SweepShifts {

  /** The map is not clipped: every ground point helps align the sweeps after it. */
  private static final Bounds2 EVERYWHERE =
      new Bounds2(
          Double.NEGATIVE_INFINITY,
          Double.NEGATIVE_INFINITY,
          Double.POSITIVE_INFINITY,
          Double.POSITIVE_INFINITY);

  private final SweepAccumulator map;
  private final ScanAligner[] aligners;
  private final IntensityNormalizer[] normalizers;

  SweepShifts(ReconstructionConfig cfg, int drives, double zRef) {
    this.map = new SweepAccumulator(cfg, new TiledGrid(cfg.resolution(), zRef), EVERYWHERE);
    this.aligners = new ScanAligner[drives];
    this.normalizers = new IntensityNormalizer[drives];
    for (int d = 0; d < drives; d++) {
      aligners[d] = map.newAligner();
      normalizers[d] = new IntensityNormalizer();
    }
  }

  /**
   * The (dx, dy) to add to the points of one sweep of drive {@code drive} (output frame, sensor at
   * {@code sx, sy, sz}); the sweep's ground points are then added to the map.
   */
  double[] shift(int drive, PointCloud sweep, double sx, double sy, double sz) {
    return map.add(sweep, sx, sy, sz, RigidTransform.IDENTITY, normalizers[drive], aligners[drive]);
  }
}
