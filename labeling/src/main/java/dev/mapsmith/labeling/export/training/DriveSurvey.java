package dev.mapsmith.labeling.export.training;

import dev.mapsmith.core.raster.BevRaster;
import dev.mapsmith.core.raster.BevRasterizer;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.PointCloud;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The tiles of one drive that have enough lidar to go into a training set: the same pass over the
 * drive's points as the export makes, without writing anything. The app surveys its drives once and
 * plans the set from the result as the curation changes.
 */
public final class DriveSurvey {

  private DriveSurvey() {}

  /** The drive's tiles with at least {@code minCoverage} of their cells seen, with previews. */
  public static List<TileSurvey> of(
      DriveLidar drive, double minCoverage, ProgressMonitor progress) {
    TileAccumulator acc = accumulate(drive, progress.slice(0, 0.8));
    return covered(drive.driveId(), acc, minCoverage, true, progress.slice(0.8, 1));
  }

  /**
   * The drive's rasters of the training-set tiles that meet {@code area}, as the export computes
   * them (same grid, same points, core's rasteriser), finished, in grid order; a tile no point fell
   * in is not listed. For showing the lidar under the map and snapping to it.
   */
  public static List<BevRaster> rasters(
      DriveLidar drive, dev.mapsmith.core.geom.Bounds2 area, ProgressMonitor progress) {
    TileAccumulator acc = accumulate(drive, new TileAccumulator(area), progress.slice(0, 0.9));
    List<BevRaster> out = new ArrayList<>();
    for (BevRasterizer r : acc.tiles().values()) {
      progress.checkCancelled();
      out.add(r.finish());
    }
    return out;
  }

  /** All of the drive's points, tile by tile. */
  static TileAccumulator accumulate(DriveLidar drive, ProgressMonitor progress) {
    return accumulate(drive, new TileAccumulator(), progress);
  }

  private static TileAccumulator accumulate(
      DriveLidar drive, TileAccumulator acc, ProgressMonitor progress) {
    Iterator<PointCloud> clouds = drive.worldClouds().get();
    int n = 0;
    while (clouds.hasNext()) {
      progress.checkCancelled();
      acc.add(clouds.next());
      progress.progress(0, "lidar of " + drive.driveId() + ": " + ++n + " sweeps");
    }
    return acc;
  }

  /** The accumulated tiles with enough coverage, in grid order. */
  static List<TileSurvey> covered(
      String driveId,
      TileAccumulator acc,
      double minCoverage,
      boolean previews,
      ProgressMonitor progress) {
    List<TileAccumulator.TileKey> byTime = new ArrayList<>(acc.tiles().keySet());
    byTime.sort(java.util.Comparator.comparingDouble(acc::meanSweep));
    Map<TileAccumulator.TileKey, Integer> rank = new java.util.HashMap<>();
    byTime.forEach(k -> rank.put(k, rank.size()));
    List<TileSurvey> out = new ArrayList<>();
    int done = 0;
    for (Map.Entry<TileAccumulator.TileKey, BevRasterizer> e : acc.tiles().entrySet()) {
      progress.checkCancelled();
      progress.progress((double) done++ / acc.tiles().size(), "tiles of " + driveId);
      BevRaster raster = e.getValue().finish();
      double coverage = TileRaster.coverage(raster);
      if (coverage >= minCoverage) {
        TileAccumulator.TileKey k = e.getKey();
        out.add(
            new TileSurvey(
                driveId,
                k.tx(),
                k.ty(),
                rank.get(k),
                coverage,
                previews ? TilePreview.of(raster) : null));
      }
    }
    return out;
  }
}
