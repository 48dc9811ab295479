package dev.mapsmith.reconstruction.changes;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.reconstruction.ReconstructionConfig;
import dev.mapsmith.reconstruction.SweepAccumulator;
import dev.mapsmith.reconstruction.cloud.IntensityNormalizer;
import dev.mapsmith.reconstruction.grid.DenseLayers;
import dev.mapsmith.reconstruction.grid.PaintMask;
import dev.mapsmith.reconstruction.grid.TiledGrid;
import java.util.List;

/**
 * What one drive's lidar saw of the ground: the reconstruction's own accumulation (range limit,
 * ground segmentation, intensity normalisation; {@link SweepAccumulator}) of every n-th sweep into
 * a sparse grid, without alignment. A place is observed when ground points fell near it, and has
 * paint when the reconstruction's adaptive paint threshold ({@link PaintMask}) marks a cell near
 * it. Nothing else decides it: not the reconstruction's output, which can miss what was seen.
 */
public final class ObservationCoverage {

  private static final Bounds2 EVERYWHERE = new Bounds2(-1e9, -1e9, 1e9, 1e9);

  private final TiledGrid grid;
  private final ReconstructionConfig cfg;

  private ObservationCoverage(TiledGrid grid, ReconstructionConfig cfg) {
    this.grid = grid;
    this.cfg = cfg;
  }

  /** Coverage from a grid filled elsewhere (tests fill one by hand). */
  static ObservationCoverage of(TiledGrid grid, ReconstructionConfig cfg) {
    return new ObservationCoverage(grid, cfg);
  }

  /** Accumulates {@code drive} in {@code frame}. Cancels through {@code monitor}. */
  public static ObservationCoverage of(
      DriveLog drive,
      FrameOfReference frame,
      ReconstructionConfig cfg,
      int stride,
      ProgressMonitor monitor)
      throws DriveLogException {
    RigidTransform bridge = drive.transformTo(frame);
    List<LidarSweep> sweeps = drive.sweeps();
    double z0 = sweeps.isEmpty() ? 0 : drive.trajectory().at(sweeps.get(0).timestampNs()).tz();
    TiledGrid grid = new TiledGrid(cfg.resolution(), z0);
    SweepAccumulator acc = new SweepAccumulator(cfg.withAlign(false), grid, EVERYWHERE);
    IntensityNormalizer normalizer = new IntensityNormalizer();
    for (int k = 0; k < sweeps.size(); k += stride) {
      monitor.checkCancelled();
      LidarSweep s = sweeps.get(k);
      RigidTransform sensor = drive.trajectory().at(s.timestampNs()).compose(s.sensorToVehicle());
      acc.add(
          s.loadInWorld(drive.trajectory()),
          sensor.tx(),
          sensor.ty(),
          sensor.tz(),
          bridge,
          normalizer,
          null);
      monitor.progress((k + 1.0) / sweeps.size(), "coverage: sweep " + (k + 1));
    }
    return new ObservationCoverage(grid, cfg);
  }

  /** Per sample (packed x, y): observed within {@code seenRadius}, paint within paintRadius. */
  public Look look(double[] xy, double seenRadius, double paintRadius) {
    int n = xy.length / 2;
    Bounds2 box = Bounds2.EMPTY;
    for (int i = 0; i < n; i++) {
      box = box.include(xy[2 * i], xy[2 * i + 1]);
    }
    double margin = cfg.backgroundWindow() * cfg.resolution() / 2 + Math.max(seenRadius, 1);
    DenseLayers d = grid.dense(box.expand(margin));
    boolean[] paint =
        PaintMask.apply(d, cfg.backgroundWindow(), cfg.paintRatio(), cfg.paintContrast());
    boolean[] seen = new boolean[n], painted = new boolean[n];
    for (int i = 0; i < n; i++) {
      seen[i] = any(d, null, xy[2 * i], xy[2 * i + 1], seenRadius);
      painted[i] = seen[i] && any(d, paint, xy[2 * i], xy[2 * i + 1], paintRadius);
    }
    return new Look(seen, painted);
  }

  /** Per-sample flags. */
  public record Look(boolean[] observed, boolean[] paint) {

    public double observedFraction() {
      return share(observed, null);
    }

    /** The share of the observed samples that have paint (0 when none is observed). */
    public double paintCoverage() {
      return share(paint, observed);
    }

    private static double share(boolean[] flags, boolean[] among) {
      int n = 0, k = 0;
      for (int i = 0; i < flags.length; i++) {
        if (among == null || among[i]) {
          n++;
          k += flags[i] ? 1 : 0;
        }
      }
      return n == 0 ? 0 : (double) k / n;
    }
  }

  /** Whether a cell within {@code r} of (x, y) has ground points (and, given, is in mask). */
  private static boolean any(DenseLayers d, boolean[] mask, double x, double y, double r) {
    int c0 = (int) Math.floor((x - r - d.minX) / d.resolution);
    int c1 = (int) Math.floor((x + r - d.minX) / d.resolution);
    int r0 = (int) Math.floor((y - r - d.minY) / d.resolution);
    int r1 = (int) Math.floor((y + r - d.minY) / d.resolution);
    for (int row = Math.max(0, r0); row <= Math.min(d.height - 1, r1); row++) {
      for (int col = Math.max(0, c0); col <= Math.min(d.width - 1, c1); col++) {
        int i = row * d.width + col;
        if (d.count[i] > 0 && (mask == null || mask[i])) {
          return true;
        }
      }
    }
    return false;
  }
}
