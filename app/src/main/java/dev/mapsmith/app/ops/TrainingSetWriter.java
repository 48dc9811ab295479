package dev.mapsmith.app.ops;

import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.labeling.export.training.DriveLidar;
import dev.mapsmith.labeling.export.training.TrainingSetExport;
import dev.mapsmith.labeling.export.training.TrainingSetOptions;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Exports a curated training set with labeling's {@code TrainingSetExport}: the primitives the
 * curation selects as labels (the others of the map are what it warns about), every sweep of the
 * open drives (in the project's frame) as lidar, the split and the unreviewed-tiles policy of
 * {@code options}, and the curation definition as provenance. Runs off the UI thread.
 */
public final class TrainingSetWriter {

  private TrainingSetWriter() {}

  /**
   * @param map the whole map
   * @param isLabel the primitives the curation selected (written as labels)
   * @return the manifest and the plan the export followed
   */
  public static TrainingSetExport.Result write(
      LaneMap map,
      Predicate<Primitive> isLabel,
      List<DriveLog> drives,
      TrainingSetOptions options,
      String definitionJson,
      Path out,
      ProgressMonitor progress)
      throws Exception {
    List<DriveLidar> lidar = drives.stream().map(d -> DriveLidar.of(d, map.frame())).toList();
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put("tool", "mapsmith gui (training-set curation)");
    provenance.put("definition", definitionJson);
    try {
      return TrainingSetExport.export(map, isLabel, lidar, options, provenance, out, progress);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
