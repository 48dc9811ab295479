package dev.mapsmith.batch;

import dev.mapsmith.batch.DriveAlignment.Fit;
import dev.mapsmith.core.frame.FrameAlignment;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.models.LaneSegmenter;
import dev.mapsmith.reconstruction.Reconstruction;
import dev.mapsmith.reconstruction.ReconstructionConfig;
import dev.mapsmith.reconstruction.ReconstructionResult;
import dev.mapsmith.reconstruction.learned.LearnedReconstruction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The second stage, one task per tile: the tile's drives are carried into its local frame (ENU at
 * the cell's centre), each reconstructed alone and aligned to the others ({@link DriveAlignment}),
 * then fused into one reconstruction of the tile plus a margin (a drive the alignment rejects is
 * left out), and the result clipped to the tile, marked with its supporting drives ({@code
 * n_traversals}) and carried into the job's frame. Only sweeps within reach of the tile are loaded.
 * A failure throws while Spark will retry the task; on the last attempt the failing drive is left
 * out and reported ({@link TileDrives}).
 */
final class TileJob {

  /** The classes alignment registers: long lines, and stop lines and crosswalks across them. */
  static final List<MapClass> ALIGNED_CLASSES =
      List.of(MapClass.DIVIDER, MapClass.BOUNDARY, MapClass.STOP_LINE, MapClass.PED_CROSSING);

  private TileJob() {}

  static TileOutput run(TileTask t) {
    long start = System.nanoTime();
    boolean last = TaskAttempts.isLast(t.attempts());
    List<String> warnings = new ArrayList<>();
    TileDrives drives = TileDrives.open(t, last);
    try (LaneSegmenter seg = "learned".equals(t.method()) ? LaneSegmenter.loadDefault() : null) {
      return fuse(t, drives, seg, warnings, start);
    } catch (Exception e) {
      if (!last) {
        throw e instanceof RuntimeException r
            ? r
            : new IllegalStateException(
                "tile " + Tiles.token(t.tile()) + " failed (Spark retries): " + e.getMessage(), e);
      }
      warnings.add("tile not reconstructed: " + e);
      return new TileOutput(
          t.tile(),
          List.of(),
          drives.used,
          0,
          seconds(start),
          warnings,
          List.of(),
          drives.failures);
    } finally {
      drives.close();
    }
  }

  private static TileOutput fuse(
      TileTask t, TileDrives drives, LaneSegmenter seg, List<String> warnings, long start)
      throws Exception {
    LocalEnuFrame job =
        new LocalEnuFrame(new GeoOrigin(t.originLat(), t.originLon(), t.originAlt()));
    LocalEnuFrame tile = new LocalEnuFrame(Tiles.centre(t.tile(), t.originAlt()));
    double[][] poly = TileGeometry.polygon(t.tile(), tile);
    Bounds2 area = TileGeometry.bounds(poly, t.marginM());
    List<Map<String, List<double[]>>> perDrive = new ArrayList<>();
    for (int i = 0; drives.size() >= 2 && i < drives.size(); ) {
      try {
        var own = reconstruct(List.of(FramedDrive.in(drives.logs.get(i), tile, 0, 0)), area, seg);
        perDrive.add(byClass(own.primitives()));
        i++;
      } catch (Exception e) {
        drives.drop(i, e); // throws unless this is the last attempt
      }
    }
    int k = drives.size();
    DriveAlignment.Result a = align(perDrive, t.alignment(), k);
    List<DriveLog> moved = new ArrayList<>();
    List<Integer> fusedIdx = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      if (a.fits()[i] == Fit.REJECTED) {
        warnings.add(
            "drive "
                + (drives.used.get(i) + 1)
                + " not fused: its lines disagree with the other drives' (robust scale "
                + Math.round(a.sigma()[i] * 1000) / 1000.0
                + " m)");
        continue;
      }
      moved.add(FramedDrive.in(drives.logs.get(i), tile, -a.offsets()[i][0], -a.offsets()[i][1]));
      fusedIdx.add(i);
    }
    ReconstructionResult fused;
    try {
      fused = k == 0 ? null : reconstruct(moved, area, seg);
    } catch (Exception e) {
      if (k != 1) {
        throw e;
      }
      drives.drop(0, e); // a lone drive that fails is the drive's fault
      fused = null;
    }
    List<Piece> pieces = new ArrayList<>();
    long points = 0;
    if (fused != null) {
      warnings.addAll(fused.notes());
      points = fused.inputPoints();
      pieces = pieces(fused, t, drives, perDrive, fusedIdx, a, tile, job, poly);
    }
    List<TileOutput.DriveOffset> report = new ArrayList<>();
    for (int i = 0; i < drives.size(); i++) {
      double[] truth = SimulatorTruth.offset(drives.paths.get(i), drives.logs.get(i), tile, poly);
      report.add(
          new TileOutput.DriveOffset(
              drives.used.get(i),
              a.offsets()[i][0],
              a.offsets()[i][1],
              a.pairs()[i],
              a.fits()[i].key(),
              a.sigma()[i],
              truth));
    }
    return new TileOutput(
        t.tile(), pieces, drives.used, points, seconds(start), warnings, report, drives.failures);
  }

  /** The alignment of {@code k} drives, or every drive kept where it is (one drive, or off). */
  private static DriveAlignment.Result align(
      List<Map<String, List<double[]>>> perDrive, AlignmentConfig cfg, int k) {
    if (k >= 2 && cfg.enabled()) {
      return DriveAlignment.estimate(lineClasses(perDrive), cfg);
    }
    Fit[] fits = new Fit[k];
    Arrays.fill(fits, k >= 2 ? Fit.KEPT : Fit.NO_OVERLAP);
    double[] nan = new double[k];
    Arrays.fill(nan, Double.NaN);
    return new DriveAlignment.Result(new double[k][2], new int[k], fits, nan, nan.clone());
  }

  /** The fused primitives marked with their supporting drives, clipped, in the job frame. */
  private static List<Piece> pieces(
      ReconstructionResult fused,
      TileTask t,
      TileDrives drives,
      List<Map<String, List<double[]>>> perDrive,
      List<Integer> fusedIdx,
      DriveAlignment.Result a,
      LocalEnuFrame tile,
      LocalEnuFrame job,
      double[][] poly) {
    UnaryOperator<Point3> toJob = FrameAlignment.converter(tile, job);
    List<Map<String, List<double[]>>> own = new ArrayList<>();
    double[][] offsets = new double[fusedIdx.size()][];
    for (int n = 0; n < fusedIdx.size(); n++) {
      own.add(perDrive.isEmpty() ? Map.of() : perDrive.get(fusedIdx.get(n)));
      offsets[n] = a.offsets()[fusedIdx.get(n)];
    }
    List<Piece> pieces = new ArrayList<>();
    for (Primitive p : fused.primitives()) {
      double[] xyz = p.geometry().toArray();
      List<Integer> support =
          (perDrive.isEmpty()
                  ? fusedIdx
                  : Support.of(p.mapClass().key(), xyz, own, offsets, t.alignment()).stream()
                      .map(fusedIdx::get)
                      .toList())
              .stream().map(drives.used::get).toList();
      Primitive marked =
          p.withAttributes(
              p.attributes()
                  .with("n_traversals", Integer.toString(support.size()))
                  .with(
                      "traversals",
                      support.stream()
                          .map(i -> Integer.toString(i + 1))
                          .collect(Collectors.joining(","))));
      for (Piece piece : TileGeometry.clip(marked, xyz, poly, t.tile())) {
        pieces.add(
            piece.withGeometry(
                TileGeometry.convert(piece.xyz(), toJob), piece.cutStart(), piece.cutEnd()));
      }
    }
    return pieces;
  }

  static ReconstructionResult reconstruct(List<DriveLog> drives, Bounds2 area, LaneSegmenter seg)
      throws Exception {
    return seg != null
        ? LearnedReconstruction.run(drives, area, seg, ProgressMonitor.NONE)
        : Reconstruction.run(drives, area, ReconstructionConfig.defaults(), ProgressMonitor.NONE);
  }

  static Map<String, List<double[]>> byClass(List<Primitive> prims) {
    Map<String, List<double[]>> m = new HashMap<>();
    for (Primitive p : prims) {
      m.computeIfAbsent(p.mapClass().key(), c -> new ArrayList<>()).add(p.geometry().toArray());
    }
    return m;
  }

  /** The classes alignment registers ({@link #ALIGNED_CLASSES}) of each drive's lines. */
  static List<Map<String, List<double[]>>> lineClasses(List<Map<String, List<double[]>>> perDrive) {
    List<Map<String, List<double[]>>> out = new ArrayList<>();
    for (var m : perDrive) {
      Map<String, List<double[]>> lines = new HashMap<>();
      for (MapClass c : ALIGNED_CLASSES) {
        if (m.containsKey(c.key())) {
          lines.put(c.key(), m.get(c.key()));
        }
      }
      out.add(lines);
    }
    return out;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
