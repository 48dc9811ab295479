package dev.mapsmith.app.cli;

import dev.mapsmith.app.ops.ReconstructionImport;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.SkippedFrame;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.models.LaneSegmenter;
import dev.mapsmith.reconstruction.Reconstruction;
import dev.mapsmith.reconstruction.ReconstructionConfig;
import dev.mapsmith.reconstruction.ReconstructionResult;
import dev.mapsmith.reconstruction.confidence.ConfidenceCalibration;
import dev.mapsmith.reconstruction.learned.LearnedReconstruction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mapsmith reconstruct DRIVE... --project FILE}: reconstructs lane geometry from drives and
 * adds it to a project (created in the first drive's frame when missing) as one undoable edit.
 */
@Command(
    name = "reconstruct",
    description = "Reconstruct lane geometry from drives into a project file.",
    sortOptions = false)
public final class ReconstructCommand extends JsonCommand {

  @Parameters(arity = "1..*", paramLabel = "DRIVE", description = "Drive folders or files.")
  List<Path> drives;

  @Option(names = "--project", required = true, paramLabel = "FILE", description = "Project file.")
  Path project;

  @Option(
      names = "--area",
      paramLabel = "XMIN,YMIN,XMAX,YMAX",
      description = "Area (default: corridor).")
  String area;

  @Option(
      names = "--method",
      defaultValue = "classical",
      description = "classical or learned (the lane segmentation model).")
  String method;

  @Option(
      names = "--model",
      paramLabel = "DIR",
      description = "Model directory for --method learned (default: the shipped model).")
  Path model;

  @Override
  protected String name() {
    return "reconstruct";
  }

  @Override
  protected Map<String, Object> execute(ProgressMonitor progress) throws Exception {
    if (!"classical".equals(method) && !"learned".equals(method)) {
      throw new UsageException("unknown --method '" + method + "'; use classical or learned");
    }
    if (model != null && !"learned".equals(method)) {
      throw new UsageException("--model needs --method learned");
    }
    if (model != null && !Files.isRegularFile(model.resolve("model.json"))) {
      throw new UsageException("--model " + model + ": no model.json in that folder");
    }
    Bounds2 bounds;
    try {
      bounds = area == null ? null : Bounds2.parse(area);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    for (Path d : drives) {
      if (!Files.exists(d)) {
        throw new UsageException("drive not found: " + d);
      }
    }
    Project.requireWritable(project); // before the work, not when saving it
    List<DriveLog> logs = new ArrayList<>();
    try {
      for (Path d : drives) {
        logs.add(openDrive(d));
        requireSomeSweep(logs.get(logs.size() - 1), d);
      }
      String description;
      ReconstructionResult r;
      if ("learned".equals(method)) {
        try (LaneSegmenter seg =
            model == null ? LaneSegmenter.loadDefault() : LaneSegmenter.load(model)) {
          r = reconstruct(logs, bounds, seg, progress.slice(0, 0.95));
          description = "reconstruct learned " + seg.spec().id() + " " + seg.spec().version();
        }
      } else {
        r = reconstruct(logs, bounds, null, progress.slice(0, 0.95));
        description = "reconstruct classical " + ReconstructionConfig.VERSION;
      }
      r.notes().forEach(n -> System.err.println("mapsmith reconstruct: " + n));
      progress.checkCancelled();
      ReconstructionImport.Report imported;
      try (Project p =
          Files.exists(project) ? Project.open(project) : Project.create(project, r.frame())) {
        imported = ReconstructionImport.into(p, logs, drives, r, bounds, null, description);
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("method", method);
      if (!r.primitives().isEmpty()) {
        // every method that made primitives (a sparse drive adds classical-sweep lane lines)
        out.put(
            "provenance",
            r.primitives().stream().map(x -> x.provenance().method()).distinct().toList());
        out.put("model_version", r.primitives().get(0).provenance().version());
        out.put("provenance_detail", provenanceDetail(r));
      }
      out.put("counts", r.countsByClass());
      out.put("input_points", r.inputPoints());
      out.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
      out.put("primitives", r.primitives().size());
      out.put("project", project.toString());
      out.putAll(imported.toJsonMap());
      out.put("notes", r.notes());
      return out;
    } finally {
      logs.forEach(DriveLog::close);
    }
  }

  private static final java.util.regex.Pattern CONFIG_HASH =
      java.util.regex.Pattern.compile("\"config_hash\":\"([0-9a-f]+)\"");

  /**
   * Each distinct provenance of the result: method, version and the short hash of the whole
   * configuration the method ran with (from its parameters; empty when it records none).
   */
  static List<Map<String, Object>> provenanceDetail(ReconstructionResult r) {
    Map<String, Map<String, Object>> seen = new LinkedHashMap<>();
    for (var p : r.primitives()) {
      var prov = p.provenance();
      var m = CONFIG_HASH.matcher(prov.parameters());
      String hash = m.find() ? m.group(1) : "";
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("method", prov.method());
      d.put("version", prov.version());
      d.put("config_hash", hash);
      seen.putIfAbsent(prov.method() + "|" + prov.version() + "|" + hash, d);
    }
    return List.copyOf(seen.values());
  }

  /**
   * Fails when every lidar sweep of a drive was found broken: that is a damaged drive, not an area
   * without sweeps.
   */
  static void requireSomeSweep(DriveLog log, Path drive) throws DriveLogException {
    List<SkippedFrame> broken =
        log.skipped().stream()
            .filter(
                s -> s.stream().toLowerCase().contains("lidar") || s.stream().equals("velodyne"))
            .toList();
    if (log.sweeps().isEmpty() && !broken.isEmpty()) {
      SkippedFrame first = broken.get(0);
      throw new DriveLogException(
          drive,
          "",
          "none of its "
              + broken.size()
              + " lidar sweeps can be read; the first: "
              + first.reason()
              + (first.reason().contains(first.file().toString())
                  ? ""
                  : " (" + first.file() + ")"));
    }
  }

  /**
   * Reconstructs {@code logs} in {@code bounds} (null: the corridor) with the learned method when a
   * {@code segmenter} is given, else the classical one; {@code mapsmith benchmark} calls it too.
   */
  public static ReconstructionResult reconstruct(
      List<DriveLog> logs, Bounds2 bounds, LaneSegmenter segmenter, ProgressMonitor progress)
      throws Exception {
    return reconstruct(logs, bounds, segmenter, ConfidenceCalibration.shipped(), progress);
  }

  /** As above with confidences mapped by {@code calibration} ({@code mapsmith calibrate}: none). */
  public static ReconstructionResult reconstruct(
      List<DriveLog> logs,
      Bounds2 bounds,
      LaneSegmenter segmenter,
      ConfidenceCalibration calibration,
      ProgressMonitor progress)
      throws Exception {
    return segmenter != null
        ? LearnedReconstruction.run(logs, bounds, segmenter, calibration, progress)
        : Reconstruction.run(logs, bounds, ReconstructionConfig.defaults(), calibration, progress);
  }

  /** Opens a drive with drivelog's {@code DriveLogs.open(Path)}. */
  static DriveLog openDrive(Path drive) throws Exception {
    return DriveLogs.open(drive);
  }
}
