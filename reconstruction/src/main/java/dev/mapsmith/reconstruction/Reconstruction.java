package dev.mapsmith.reconstruction;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.NearPoints;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.reconstruction.cloud.IntensityNormalizer;
import dev.mapsmith.reconstruction.confidence.ConfidenceCalibration;
import dev.mapsmith.reconstruction.grid.TiledGrid;
import dev.mapsmith.reconstruction.vector.Blob;
import dev.mapsmith.reconstruction.vector.Headings;
import dev.mapsmith.reconstruction.vector.WideMarks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The classical lane reconstruction: drives and an area in, lane-line, curb, stop-line, crosswalk
 * and centerline primitives out. Sweeps near the area are streamed into a sparse ground grid (so
 * memory follows the area, not the points), then the grid is processed block by block.
 */
public final class Reconstruction {

  static final double BLOCK = 100;

  /** The method's key in provenance and in the confidence calibration. */
  public static final String METHOD = "classical";

  private Reconstruction() {}

  /**
   * Reconstructs {@code area} (null: the whole corridor of the drives). All drives must share a
   * frame, or all be local ENU frames (converted into the first drive's). Reports progress and
   * throws {@code CancelledException} when cancelled.
   */
  public static ReconstructionResult run(
      List<DriveLog> drives, Bounds2 area, ReconstructionConfig cfg, ProgressMonitor monitor)
      throws DriveLogException {
    return run(drives, area, cfg, ConfidenceCalibration.shipped(), monitor);
  }

  /**
   * As {@link #run(List, Bounds2, ReconstructionConfig, ProgressMonitor)} with confidences mapped
   * by {@code calibration} ({@link ConfidenceCalibration#none()}: raw, as the fit needs them).
   */
  public static ReconstructionResult run(
      List<DriveLog> drives,
      Bounds2 area,
      ReconstructionConfig cfg,
      ConfidenceCalibration calibration,
      ProgressMonitor monitor)
      throws DriveLogException {
    long start = System.nanoTime();
    if (drives.isEmpty()) {
      throw new IllegalArgumentException("no drives given");
    }
    FrameOfReference frame = drives.get(0).metadata().frame();
    List<RigidTransform> bridges = new ArrayList<>();
    for (DriveLog d : drives) {
      bridges.add(d.transformTo(frame));
    }
    List<SelectedSweep> selected = SweepSelection.select(drives, bridges, area, cfg.maxRange());
    List<String> ids = drives.stream().map(d -> d.metadata().id()).toList();
    List<String> notes = new ArrayList<>();
    if (selected.isEmpty()) {
      notes.add(
          "no lidar sweeps within "
              + cfg.maxRange()
              + " m of the area "
              + (area == null ? "(whole corridor)" : describe(area))
              + " in drives "
              + ids
              + "; nothing was reconstructed");
      return new ReconstructionResult(
          List.of(), frame, 0, seconds(start), counts(List.of(), frame), notes);
    }
    Bounds2 work = area != null ? area : SweepSelection.corridor(selected, cfg.maxRange());
    Headings headings = new Headings();
    double zRef = selected.get(0).pose().tz();
    TiledGrid grid = new TiledGrid(cfg.resolution(), zRef);
    SweepLines sweepLines = SweepLines.forSelection(selected, cfg);
    long points =
        accumulate(drives, selected, work, cfg, grid, headings, sweepLines, monitor.slice(0, 0.8));
    PrimitiveFactory factory = new PrimitiveFactory(cfg, ids, calibration.describe(METHOD, null));
    extract(grid, work, cfg, headings, sweepLines, factory, monitor.slice(0.8, 1));
    if (sweepLines.active()) {
      notes.add(sweepLines.describe());
    }
    monitor.progress(1, "done");
    List<dev.mapsmith.core.map.Primitive> prims = calibration.apply(METHOD, null, factory.all());
    if (prims.isEmpty()) {
      notes.add("no lane features found in " + describe(work));
    }
    return new ReconstructionResult(
        prims, frame, points, seconds(start), counts(prims, frame), notes);
  }

  private static long accumulate(
      List<DriveLog> drives,
      List<SelectedSweep> selected,
      Bounds2 work,
      ReconstructionConfig cfg,
      TiledGrid grid,
      Headings headings,
      SweepLines sweepLines,
      ProgressMonitor monitor)
      throws DriveLogException {
    SweepAccumulator acc = new SweepAccumulator(cfg, grid, work);
    IntensityNormalizer[] normalizers = new IntensityNormalizer[drives.size()];
    double reach = Math.max(cfg.maxRange(), cfg.sweepLines().maxRange());
    long points = 0;
    for (int k = 0; k < selected.size(); k++) {
      monitor.checkCancelled();
      SelectedSweep s = selected.get(k);
      DriveLog drive = drives.get(s.drive());
      if (normalizers[s.drive()] == null) {
        normalizers[s.drive()] = new IntensityNormalizer();
      }
      LidarSweep sweep = s.sweep();
      RigidTransform sensor =
          s.bridge()
              .compose(drive.trajectory().at(sweep.timestampNs()).compose(sweep.sensorToVehicle()));
      RigidTransform driveSensor =
          drive.trajectory().at(sweep.timestampNs()).compose(sweep.sensorToVehicle());
      // only points within range are used: a streamed sweep (a large PCD) keeps no others
      NearPoints.Loaded near =
          NearPoints.load(sweep, drive.trajectory(), driveSensor.tx(), driveSensor.ty(), reach);
      PointCloud world = near.points();
      points += near.read();
      acc.add(
          world,
          driveSensor.tx(),
          driveSensor.ty(),
          driveSensor.tz(),
          s.bridge(),
          normalizers[s.drive()]);
      headings.add(sensor.tx(), sensor.ty(), s.pose().yaw());
      sweepLines.detect(
          k,
          world,
          driveSensor,
          drive.trajectory().at(sweep.timestampNs()).yaw(),
          s.bridge(),
          work);
      monitor.progress((k + 1.0) / selected.size(), "sweep " + (k + 1) + " of " + selected.size());
    }
    return points;
  }

  private static void extract(
      TiledGrid grid,
      Bounds2 work,
      ReconstructionConfig cfg,
      Headings headings,
      SweepLines sweepLines,
      PrimitiveFactory factory,
      ProgressMonitor monitor) {
    Bounds2 extent = grid.extent();
    List<Blob> lines = new ArrayList<>(), wide = new ArrayList<>(), curbs = new ArrayList<>();
    GroundHeight heights = new GroundHeight();
    if (!extent.isEmpty()) {
      Bounds2 box =
          new Bounds2(
              Math.max(extent.minX(), work.minX()), Math.max(extent.minY(), work.minY()),
              Math.min(extent.maxX(), work.maxX()), Math.min(extent.maxY(), work.maxY()));
      long bx0 = (long) Math.floor(box.minX() / BLOCK), bx1 = (long) Math.floor(box.maxX() / BLOCK);
      long by0 = (long) Math.floor(box.minY() / BLOCK), by1 = (long) Math.floor(box.maxY() / BLOCK);
      long total = (bx1 - bx0 + 1) * (by1 - by0 + 1), done = 0;
      for (long bx = bx0; bx <= bx1; bx++) {
        for (long by = by0; by <= by1; by++) {
          monitor.checkCancelled();
          Bounds2 core = new Bounds2(bx * BLOCK, by * BLOCK, (bx + 1) * BLOCK, (by + 1) * BLOCK);
          BlockFeatures.extract(grid, core, cfg, lines, wide, curbs, heights, headings);
          monitor.progress(0.7 * ++done / total, "block " + done + " of " + total);
        }
      }
    }
    List<dev.mapsmith.core.geom.Polyline> fitted = new ArrayList<>();
    List<Blob> lineLike =
        dev.mapsmith.reconstruction.vector.CollinearMarks.lineLike(wide, lines, cfg.marks());
    wide.removeAll(lineLike);
    lines.addAll(lineLike);
    WideMarks.Result marks = WideMarks.classify(wide, lines, headings, cfg.marks(), 0);
    lines.addAll(marks.alongRoad());
    List<dev.mapsmith.core.geom.Polyline> barriers = new ArrayList<>(marks.crossings());
    barriers.addAll(marks.stopLines());
    List<dev.mapsmith.core.geom.Polyline> curbLines =
        LineBuilder.boundaries(curbs, barriers, cfg, heights, factory);
    monitor.progress(0.8, "curbs");
    fitted.addAll(
        LineBuilder.dividers(lines, barriers, marks.stopLines(), curbLines, cfg, heights, factory));
    fitted.addAll(sweepLines.addTo(factory, fitted));
    fitted.addAll(curbLines);
    for (int i = 0; i < marks.crossings().size(); i++) {
      factory.add(
          MapClass.PED_CROSSING,
          heights.drape(marks.crossings().get(i)),
          marks.crossingScores().get(i),
          dev.mapsmith.core.map.Attributes.of("type", "zebra_marking"));
    }
    for (int i = 0; i < marks.stopLines().size(); i++) {
      factory.add(
          MapClass.STOP_LINE,
          heights.drape(marks.stopLines().get(i)),
          marks.stopScores().get(i),
          dev.mapsmith.core.map.Attributes.of("type", "stop_line"));
    }
    CenterlineBuilder.build(fitted, cfg.centerlines(), factory);
  }

  private static Map<String, Integer> counts(
      List<dev.mapsmith.core.map.Primitive> prims, FrameOfReference frame) {
    return new LaneMap(frame, prims).countsByClass();
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static String describe(Bounds2 b) {
    return String.format(
        java.util.Locale.ROOT, "%.1f,%.1f,%.1f,%.1f", b.minX(), b.minY(), b.maxX(), b.maxY());
  }

  static Point3 position(RigidTransform t) {
    return new Point3(t.tx(), t.ty(), t.tz());
  }
}
