package dev.mapsmith.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.labeling.export.GeoJsonWriter;
import dev.mapsmith.labeling.export.lanelet2.Lanelet2Writer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a job's outputs into its (temporary) output folder: {@code map.osm} (Lanelet2, with its
 * origin files), {@code map.geojson}, {@code map.mapsmith} (a project the app opens), {@code
 * tiles.json} (per-tile report), {@code alignment.json} and {@code report.json} (the summary).
 */
final class BatchOutput {

  static final String PROJECT = "map.mapsmith";

  private BatchOutput() {}

  static void write(BatchResult r, Path dir, ProgressMonitor monitor) throws IOException {
    Lanelet2Writer.write(r.primitives(), r.frame(), dir.resolve("map.osm"), ProgressMonitor.NONE);
    GeoJsonWriter.write(r.primitives(), r.frame(), dir.resolve("map.geojson"));
    try (Project p = Project.create(dir.resolve(PROJECT), r.frame())) {
      if (!r.primitives().isEmpty()) {
        p.insertAll(
            r.primitives(), "batch " + r.options().method() + " " + r.tiles().size() + " tiles");
      }
    }
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Files.writeString(dir.resolve("tiles.json"), json.writeValueAsString(r.tileReports()));
    AlignmentReport a = r.alignment();
    Map<String, Object> align = new LinkedHashMap<>(a.summary());
    align.put("rows", a.rows());
    Files.writeString(dir.resolve("alignment.json"), json.writeValueAsString(align));
    Files.writeString(dir.resolve("report.json"), json.writeValueAsString(r.summary()));
  }
}
