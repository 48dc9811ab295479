package dev.mapsmith.batch;

import dev.mapsmith.core.frame.EnuProjection;
import dev.mapsmith.core.frame.FrameAlignment;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.models.LaneSegmenter;
import dev.mapsmith.reconstruction.Reconstruction;
import dev.mapsmith.reconstruction.ReconstructionConfig;
import dev.mapsmith.reconstruction.ReconstructionResult;
import dev.mapsmith.reconstruction.learned.LearnedReconstruction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The second stage, one task per tile: the tile's drives are carried into its local frame (ENU at
 * the cell's centre), aligned to each other from their own reconstructions, fused into one
 * reconstruction of the tile plus a margin, and the result clipped to the tile, marked with its
 * supporting drives ({@code n_traversals}) and carried into the job's frame. Only sweeps within
 * reach of the tile are loaded. A drive that fails here is left out with a warning.
 */
final class TileJob {

  private TileJob() {}

  static TileOutput run(TileTask t) {
    long start = System.nanoTime();
    LocalEnuFrame job =
        new LocalEnuFrame(new GeoOrigin(t.originLat(), t.originLon(), t.originAlt()));
    LocalEnuFrame tile = new LocalEnuFrame(Tiles.centre(t.tile(), t.originAlt()));
    double[][] poly = polygon(t.tile(), tile);
    Bounds2 area = bounds(poly, t.marginM());
    List<String> warnings = new ArrayList<>();
    List<DriveLog> logs = new ArrayList<>();
    List<Integer> used = new ArrayList<>();
    List<Path> paths = new ArrayList<>();
    for (int i = 0; i < t.driveIndex().size(); i++) {
      try {
        logs.add(DriveLogs.open(Path.of(t.drivePath().get(i))));
        used.add(t.driveIndex().get(i));
        paths.add(Path.of(t.drivePath().get(i)));
      } catch (Exception e) {
        warnings.add("drive " + (t.driveIndex().get(i) + 1) + " left out: " + e.getMessage());
      }
    }
    try (LaneSegmenter seg = "learned".equals(t.method()) ? LaneSegmenter.loadDefault() : null) {
      return fuse(t, job, tile, poly, area, logs, used, paths, seg, warnings, start);
    } catch (Exception e) {
      warnings.add("tile not reconstructed: " + e);
      return new TileOutput(t.tile(), List.of(), used, 0, seconds(start), warnings, List.of());
    } finally {
      logs.forEach(DriveLog::close);
    }
  }

  private static TileOutput fuse(
      TileTask t,
      LocalEnuFrame job,
      LocalEnuFrame tile,
      double[][] poly,
      Bounds2 area,
      List<DriveLog> logs,
      List<Integer> used,
      List<Path> paths,
      LaneSegmenter seg,
      List<String> warnings,
      long start)
      throws Exception {
    AlignmentConfig cfg = t.alignment();
    int k = logs.size();
    List<Map<String, List<double[]>>> perDrive = new ArrayList<>();
    double[][] offsets = new double[k][2];
    int[] pairs = new int[k];
    if (k >= 2) {
      for (DriveLog d : logs) {
        ReconstructionResult own = reconstruct(List.of(FramedDrive.in(d, tile, 0, 0)), area, seg);
        perDrive.add(byClass(own.primitives()));
      }
      if (cfg.enabled()) {
        DriveAlignment.Result a = DriveAlignment.estimate(lineClasses(perDrive), cfg);
        offsets = a.offsets();
        pairs = a.pairs();
      }
    }
    List<DriveLog> moved = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      moved.add(FramedDrive.in(logs.get(i), tile, -offsets[i][0], -offsets[i][1]));
    }
    ReconstructionResult fused = reconstruct(moved, area, seg);
    fused.notes().forEach(n -> warnings.add(n));
    UnaryOperator<Point3> toJob = FrameAlignment.converter(tile, job);
    List<Piece> pieces = new ArrayList<>();
    for (Primitive p : fused.primitives()) {
      double[] xyz = p.geometry().toArray();
      List<Integer> support =
          k >= 2
              ? Support.of(p.mapClass().key(), xyz, perDrive, offsets, cfg).stream()
                  .map(used::get)
                  .toList()
              : used;
      Primitive marked =
          p.withAttributes(
              p.attributes()
                  .with("n_traversals", Integer.toString(support.size()))
                  .with(
                      "traversals",
                      support.stream()
                          .map(i -> Integer.toString(i + 1))
                          .collect(Collectors.joining(","))));
      for (Piece piece : clip(marked, xyz, poly, t.tile())) {
        pieces.add(
            piece.withGeometry(convert(piece.xyz(), toJob), piece.cutStart(), piece.cutEnd()));
      }
    }
    List<TileOutput.DriveOffset> report = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      double[] truth = SimulatorTruth.offset(paths.get(i), logs.get(i), tile, poly);
      report.add(
          new TileOutput.DriveOffset(used.get(i), offsets[i][0], offsets[i][1], pairs[i], truth));
    }
    return new TileOutput(
        t.tile(), pieces, used, fused.inputPoints(), seconds(start), warnings, report);
  }

  private static ReconstructionResult reconstruct(
      List<DriveLog> drives, Bounds2 area, LaneSegmenter seg) throws Exception {
    return seg != null
        ? LearnedReconstruction.run(drives, area, seg, ProgressMonitor.NONE)
        : Reconstruction.run(drives, area, ReconstructionConfig.defaults(), ProgressMonitor.NONE);
  }

  /** A polygon keeps the tile that holds its centre; a line is cut at the tile's edges. */
  private static List<Piece> clip(Primitive p, double[] xyz, double[][] poly, long tile) {
    if (p.mapClass().closed()) {
      double cx = 0, cy = 0;
      int n = xyz.length / 3;
      for (int i = 0; i < n; i++) {
        cx += xyz[3 * i] / n;
        cy += xyz[3 * i + 1] / n;
      }
      return ConvexClip.inside(cx, cy, poly)
          ? List.of(Piece.of(p, xyz, tile, false, false))
          : List.of();
    }
    List<Piece> out = new ArrayList<>();
    for (ConvexClip.Part part : ConvexClip.clip(xyz, poly)) {
      out.add(Piece.of(p, part.xyz(), tile, part.cutStart(), part.cutEnd()));
    }
    return out;
  }

  private static Map<String, List<double[]>> byClass(List<Primitive> prims) {
    Map<String, List<double[]>> m = new HashMap<>();
    for (Primitive p : prims) {
      m.computeIfAbsent(p.mapClass().key(), c -> new ArrayList<>()).add(p.geometry().toArray());
    }
    return m;
  }

  /** Lane lines and road borders only: the long lines alignment relies on. */
  private static List<Map<String, List<double[]>>> lineClasses(
      List<Map<String, List<double[]>>> perDrive) {
    List<Map<String, List<double[]>>> out = new ArrayList<>();
    for (var m : perDrive) {
      Map<String, List<double[]>> lines = new HashMap<>();
      for (MapClass c : List.of(MapClass.DIVIDER, MapClass.BOUNDARY)) {
        if (m.containsKey(c.key())) {
          lines.put(c.key(), m.get(c.key()));
        }
      }
      out.add(lines);
    }
    return out;
  }

  /** The tile's corners in its own frame, counter-clockwise. */
  static double[][] polygon(long cell, LocalEnuFrame frame) {
    EnuProjection p = frame.projection();
    double[][] ll = Tiles.corners(cell);
    double[][] out = new double[4][];
    for (int i = 0; i < 4; i++) {
      Point3 e = p.toEnu(ll[i][0], ll[i][1], frame.origin().altM());
      out[i] = new double[] {e.x(), e.y()};
    }
    return out;
  }

  private static Bounds2 bounds(double[][] poly, double margin) {
    double x0 = Double.MAX_VALUE,
        y0 = Double.MAX_VALUE,
        x1 = -Double.MAX_VALUE,
        y1 = -Double.MAX_VALUE;
    for (double[] c : poly) {
      x0 = Math.min(x0, c[0]);
      y0 = Math.min(y0, c[1]);
      x1 = Math.max(x1, c[0]);
      y1 = Math.max(y1, c[1]);
    }
    return new Bounds2(x0 - margin, y0 - margin, x1 + margin, y1 + margin);
  }

  private static double[] convert(double[] xyz, UnaryOperator<Point3> f) {
    double[] out = new double[xyz.length];
    for (int i = 0; i < xyz.length; i += 3) {
      Point3 q = f.apply(new Point3(xyz[i], xyz[i + 1], xyz[i + 2]));
      out[i] = q.x();
      out[i + 1] = q.y();
      out[i + 2] = q.z();
    }
    return out;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
