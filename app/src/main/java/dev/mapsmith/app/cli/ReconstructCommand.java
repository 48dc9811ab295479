package dev.mapsmith.app.cli;

import dev.mapsmith.app.ops.ReconstructionImport;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.reconstruction.Reconstruction;
import dev.mapsmith.reconstruction.ReconstructionConfig;
import dev.mapsmith.reconstruction.ReconstructionResult;
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
      description = "classical (learned: not yet).")
  String method;

  @Override
  protected String name() {
    return "reconstruct";
  }

  @Override
  protected Map<String, Object> execute(ProgressMonitor progress) throws Exception {
    if ("learned".equals(method)) {
      throw new UsageException(
          "--method learned is not available yet: the learned path (models' LaneSegmenter to"
              + " vectors) is not wired into reconstruction; use --method classical");
    }
    if (!"classical".equals(method)) {
      throw new UsageException("unknown --method '" + method + "'; use classical");
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
    List<DriveLog> logs = new ArrayList<>();
    try {
      for (Path d : drives) {
        logs.add(openDrive(d));
      }
      ReconstructionResult r =
          Reconstruction.run(
              logs, bounds, ReconstructionConfig.defaults(), progress.slice(0, 0.95));
      r.notes().forEach(n -> System.err.println("mapsmith reconstruct: " + n));
      progress.checkCancelled();
      try (Project p =
          Files.exists(project) ? Project.open(project) : Project.create(project, r.frame())) {
        ReconstructionImport.into(p, logs, drives, r, null, null);
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("counts", r.countsByClass());
      out.put("input_points", r.inputPoints());
      out.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
      out.put("primitives", r.primitives().size());
      out.put("project", project.toString());
      out.put("notes", r.notes());
      return out;
    } finally {
      logs.forEach(DriveLog::close);
    }
  }

  /** Opens a drive with drivelog's {@code DriveLogs.open(Path)}. */
  static DriveLog openDrive(Path drive) throws Exception {
    return DriveLogs.open(drive);
  }
}
