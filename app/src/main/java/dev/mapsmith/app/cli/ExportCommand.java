package dev.mapsmith.app.cli;

import dev.mapsmith.app.ops.LaneGraphScoring;
import dev.mapsmith.app.ops.StoredLanes;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.labeling.DriveRecord;
import dev.mapsmith.labeling.OpenOptions;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.labeling.export.ExportFilter;
import dev.mapsmith.labeling.export.GeoJsonWriter;
import dev.mapsmith.labeling.export.lanelet2.LaneGraphWriter;
import dev.mapsmith.labeling.export.lanelet2.Lanelet2Writer;
import dev.mapsmith.labeling.export.mcap.FoxgloveExport;
import dev.mapsmith.labeling.export.training.UnreviewedTiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mapsmith export --project FILE --format lanelet2|lanelet2-graph|geojson|training-set|mcap
 * --out PATH} ({@code lanelet2-graph}: the lane graph built along the project's drives, as a
 * routable Lanelet2 map): writes a project's map ({@code mcap}: one of its drives with the map, for
 * Foxglove; {@code --drive ID}, default the first drive). The project is opened read-only, so an
 * open editor does not block it.
 */
@Command(
    name = "export",
    description =
        "Export a project as Lanelet2 OSM, GeoJSON, a training set, or a drive with the map as a"
            + " Foxglove-ready MCAP.")
public final class ExportCommand extends JsonCommand {

  @Option(names = "--project", required = true, description = "The .mapsmith project file.")
  Path project;

  @Option(
      names = "--format",
      required = true,
      description = "lanelet2, lanelet2-graph (lanelets), geojson, training-set or mcap.")
  String format;

  @Option(
      names = "--drive",
      paramLabel = "ID",
      description = "With --format mcap: the project's drive to write (default: the first).")
  String drive;

  @Option(
      names = "--out",
      required = true,
      description = "Output file (lanelet2, geojson) or folder (training-set).")
  Path out;

  @Option(
      names = "--filter",
      description = "not-rejected (default for maps), approved (default for training sets) or all.")
  String filter;

  @Option(
      names = "--unreviewed",
      paramLabel = "POLICY",
      description =
          "With --format training-set: leave-out (default: tiles in which unreviewed automatic"
              + " primitives lie are not written) or as-background (written, those lines"
              + " background in the mask).")
  String unreviewed;

  @Override
  protected String name() {
    return "export";
  }

  @Override
  protected Map<String, Object> execute(ProgressMonitor progress) throws Exception {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!List.of("lanelet2", "lanelet2-graph", "geojson", "training-set", "mcap").contains(fmt)) {
      throw new UsageException(
          "unknown --format '"
              + format
              + "'; use lanelet2, lanelet2-graph, geojson, training-set or mcap");
    }
    if (drive != null && !fmt.equals("mcap")) {
      throw new UsageException("--drive goes with --format mcap");
    }
    ExportFilter chosen = parseFilter(fmt);
    UnreviewedTiles policy = parseUnreviewed(fmt);
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
        case "lanelet2-graph" -> result.putAll(laneGraph(p, selected, progress));
        case "geojson" -> GeoJsonWriter.write(selected, p.frame(), out);
        case "mcap" -> result.putAll(mcap(p, selected, progress));
        default ->
            result.putAll(TrainingSetFromProject.write(p, project, chosen, policy, out, progress));
      }
      result.put("primitives", selected.size());
    }
    return result;
  }

  /**
   * The project's lane graph as a routable Lanelet2 map: the lanelets it stores (reconstruction's,
   * with a person's edits; rejected ones left out), or, for a project without lanelets, the graph
   * of the selected lines along the project's drives (as {@code evaluate} builds it).
   */
  private Map<String, Object> laneGraph(
      Project p, List<Primitive> selected, ProgressMonitor progress) throws Exception {
    if (!p.lanes().isEmpty()) {
      return written(StoredLanes.exported(p.lanes()), "project", progress);
    }
    var drives =
        LaneGraphScoring.drives(
            p.drives(), p.frame(), m -> System.err.println("mapsmith export: " + m));
    if (drives.paths().isEmpty()) {
      throw new UsageException(
          "the project has no drive in its frame; the lane graph is built along a drive");
    }
    var graph =
        LaneGraphScoring.build(
            new dev.mapsmith.core.map.LaneMap(p.frame(), selected), drives.paths());
    return written(graph, "built", progress);
  }

  private Map<String, Object> written(
      dev.mapsmith.core.lanelet.LaneGraph graph, String source, ProgressMonitor progress)
      throws Exception {
    Path origin = LaneGraphWriter.write(graph, out, progress);
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("lane_graph", source);
    r.put("origin_file", origin.toString());
    r.put("lanelets", graph.lanelets().size());
    r.put("line_strings", graph.lines().size());
    r.put("relations", graph.relations().size());
    r.put("regulatory_elements", graph.regulations().size());
    return r;
  }

  private Map<String, Object> mcap(Project p, List<Primitive> selected, ProgressMonitor progress)
      throws Exception {
    List<DriveRecord> drives = p.drives();
    if (drives.isEmpty()) {
      throw new UsageException("the project has no drive to write as MCAP");
    }
    DriveRecord chosen =
        drive == null
            ? drives.get(0)
            : drives.stream()
                .filter(d -> d.id().equals(drive))
                .findFirst()
                .orElseThrow(
                    () ->
                        new UsageException(
                            "no drive '"
                                + drive
                                + "' in the project (drives: "
                                + drives.stream().map(DriveRecord::id).toList()
                                + ")"));
    try (DriveLog log = DriveLogs.open(chosen.path())) {
      FoxgloveExport.Result r = FoxgloveExport.write(selected, p.frame(), log, out, progress);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("drive", chosen.id());
      m.put("chunks", r.chunks());
      List<Map<String, Object>> channels = new java.util.ArrayList<>();
      r.messages()
          .forEach(
              (topic, n) -> {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("topic", topic);
                c.put("schema", r.schemas().get(topic));
                c.put("messages", n);
                channels.add(c);
              });
      m.put("channels", channels);
      return m;
    }
  }

  private UnreviewedTiles parseUnreviewed(String fmt) {
    if (unreviewed == null) {
      return UnreviewedTiles.LEAVE_OUT;
    }
    if (!fmt.equals("training-set")) {
      throw new UsageException("--unreviewed goes with --format training-set");
    }
    try {
      return UnreviewedTiles.fromKey(unreviewed.toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
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
