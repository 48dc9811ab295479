package dev.mapsmith.app.cli;

import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.labeling.DriveRecord;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.labeling.export.ExportFilter;
import dev.mapsmith.labeling.export.training.DriveLidar;
import dev.mapsmith.labeling.export.training.TrainingSetExport;
import dev.mapsmith.labeling.export.training.TrainingSetOptions;
import dev.mapsmith.labeling.export.training.UnreviewedTiles;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The training-set part of {@code mapsmith export}: opens the project's drives with {@link
 * DriveLogs#open}, streams each drive's sweeps into the project frame ({@link DriveLidar#of}) and
 * hands them with the map to {@link TrainingSetExport}; the result carries the plan the export
 * followed (the same figures the app shows before export).
 */
final class TrainingSetFromProject {

  private TrainingSetFromProject() {}

  /** Writes the set; returns the summary fields for the command's JSON. */
  static Map<String, Object> write(
      Project p,
      Path projectFile,
      ExportFilter filter,
      UnreviewedTiles unreviewed,
      Path out,
      ProgressMonitor progress)
      throws Exception {
    List<DriveRecord> records = p.drives();
    if (records.isEmpty()) {
      throw new IllegalArgumentException(
          projectFile + ": the project has no drives; a training set needs their lidar");
    }
    List<DriveLog> logs = new ArrayList<>();
    try {
      List<DriveLidar> lidar = new ArrayList<>();
      for (DriveRecord r : records) {
        if (!Files.exists(r.path())) {
          throw new IllegalArgumentException(
              projectFile + ": drive " + r.id() + " is not found at " + r.path());
        }
        DriveLog log = DriveLogs.open(r.path());
        logs.add(log);
        lidar.add(new DriveLidar(r.id(), DriveLidar.of(log, p.frame()).worldClouds()));
      }
      TrainingSetOptions options = TrainingSetOptions.DEFAULT.with(filter).with(unreviewed);
      Map<String, Object> provenance = new LinkedHashMap<>();
      provenance.put("project", projectFile.toAbsolutePath().toString());
      provenance.put("frame", p.frame().describe());
      TrainingSetExport.Result written =
          TrainingSetExport.export(p.map(), filter, lidar, options, provenance, out, progress);
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("drives", records.size());
      result.put("splits", written.manifest().get("splits"));
      result.put("counts", written.manifest().get("counts"));
      result.put("plan", written.plan().toJson());
      if (!written.plan().warning().isEmpty()) {
        System.err.println("mapsmith export: " + written.plan().warning());
      }
      return result;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      logs.forEach(DriveLog::close);
    }
  }
}
