package dev.mapsmith.app.ops;

import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.labeling.export.ExportFilter;
import dev.mapsmith.labeling.export.training.DriveLidar;
import dev.mapsmith.labeling.export.training.TrainingSetExport;
import dev.mapsmith.labeling.export.training.TrainingSetOptions;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exports a curated training set with labeling's {@code TrainingSetExport}: the curated primitives
 * as labels, every sweep of the open drives (in the project's frame) as lidar, the validation split
 * by drive, and the curation definition as provenance. Runs off the UI thread.
 */
public final class TrainingSetWriter {

  private TrainingSetWriter() {}

  /**
   * @param curated the primitives the curation selected (all are written as labels)
   * @return the manifest
   */
  public static Map<String, Object> write(
      LaneMap curated,
      List<DriveLog> drives,
      List<String> validationDrives,
      String definitionJson,
      Path out,
      ProgressMonitor progress)
      throws Exception {
    List<DriveLidar> lidar = drives.stream().map(d -> DriveLidar.of(d, curated.frame())).toList();
    TrainingSetOptions options =
        new TrainingSetOptions(
            ExportFilter.ALL,
            validationDrives,
            TrainingSetOptions.DEFAULT.valFraction(),
            TrainingSetOptions.DEFAULT.minDensityFraction());
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("tool", "mapsmith gui (training-set curation)");
    provenance.put("definition", definitionJson);
    try {
      return TrainingSetExport.write(curated, lidar, options, provenance, out, progress);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
