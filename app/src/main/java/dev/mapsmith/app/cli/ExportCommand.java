package dev.mapsmith.app.cli;

import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.labeling.OpenOptions;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.labeling.export.ExportFilter;
import dev.mapsmith.labeling.export.GeoJsonWriter;
import dev.mapsmith.labeling.export.lanelet2.Lanelet2Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mapsmith export --project FILE --format lanelet2|geojson|training-set --out PATH}: writes
 * a project's map. The project is opened read-only, so an open editor does not block it.
 */
@Command(
    name = "export",
    description = "Export a project as Lanelet2 OSM, GeoJSON or a training set.")
public final class ExportCommand extends JsonCommand {

  @Option(names = "--project", required = true, description = "The .mapsmith project file.")
  Path project;

  @Option(names = "--format", required = true, description = "lanelet2, geojson or training-set.")
  String format;

  @Option(
      names = "--out",
      required = true,
      description = "Output file (lanelet2, geojson) or folder (training-set).")
  Path out;

  @Option(
      names = "--filter",
      description = "not-rejected (default for maps), approved (default for training sets) or all.")
  String filter;

  @Override
  protected String name() {
    return "export";
  }

  @Override
  protected Map<String, Object> execute(ProgressMonitor progress) throws Exception {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!List.of("lanelet2", "geojson", "training-set").contains(fmt)) {
      throw new UsageException(
          "unknown --format '" + format + "'; use lanelet2, geojson or training-set");
    }
    ExportFilter chosen = parseFilter(fmt);
    if (out.toAbsolutePath().getParent() != null
        && !Files.isDirectory(out.toAbsolutePath().getParent())) {
      throw new UsageException(
          "the folder of --out does not exist: " + out.toAbsolutePath().getParent());
    }
    Map<String, Object> result = new LinkedHashMap<>();
    try (Project p = Project.open(project, OpenOptions.READ_ONLY)) {
      List<Primitive> selected = chosen.select(p.map());
      result.put("project", project.toString());
      result.put("format", fmt);
      result.put("out", out.toString());
      result.put("frame", p.frame().describe());
      result.put("filter", chosen.name().toLowerCase(Locale.ROOT));
      switch (fmt) {
        case "lanelet2" -> {
          Path sidecar = Lanelet2Writer.write(selected, p.frame(), out, progress);
          result.put("origin_file", sidecar.toString());
        }
        case "geojson" -> GeoJsonWriter.write(selected, p.frame(), out);
        default -> result.putAll(TrainingSetFromProject.write(p, project, chosen, out, progress));
      }
      result.put("primitives", selected.size());
    }
    return result;
  }

  private ExportFilter parseFilter(String fmt) {
    if (filter == null) {
      return fmt.equals("training-set") ? ExportFilter.APPROVED : ExportFilter.NOT_REJECTED;
    }
    try {
      return ExportFilter.valueOf(filter.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          "unknown --filter '" + filter + "'; use not-rejected, approved or all");
    }
  }
}
