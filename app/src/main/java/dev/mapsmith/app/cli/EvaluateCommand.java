package dev.mapsmith.app.cli;

import dev.mapsmith.app.ops.LaneGraphScoring;
import dev.mapsmith.app.ops.TruthScoring;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.map.MapReadResult;
import dev.mapsmith.labeling.DriveRecord;
import dev.mapsmith.labeling.OpenOptions;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.reconstruction.eval.EvalWindows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mapsmith evaluate --project FILE --truth MAP}: scores the project's map against a
 * ground-truth map with the metric of shared/FORMATS.md (see docs/evaluation.md), through {@link
 * TruthScoring} like the app's "Check against truth". A Lanelet2 map is placed by the shared origin
 * rule ({@code --origin}, map_projector_info.yaml, its sidecar, its centre; a map with only local
 * coordinates is taken to be in the project's frame); the JSON adds {@code origin_source}.
 */
@Command(
    name = "evaluate",
    description = "Score a project's map against ground truth (mAP, AP per class).",
    sortOptions = false)
public final class EvaluateCommand extends JsonCommand {

  @Option(names = "--project", required = true, paramLabel = "FILE", description = "Project file.")
  Path project;

  @Option(
      names = "--truth",
      required = true,
      paramLabel = "MAP",
      description = "Lanelet2 .osm or AV2 map .json.")
  Path truth;

  @Option(names = "--area", paramLabel = "XMIN,YMIN,XMAX,YMAX", description = "Score only here.")
  String area;

  @Option(
      names = "--origin",
      paramLabel = "LAT,LON[,ALT]",
      description =
          "Origin of a Lanelet2 truth map (default: map_projector_info.yaml beside it, its .origin"
              + " sidecar, else its centre).")
  String origin;

  @Override
  protected String name() {
    return "evaluate";
  }

  @Override
  protected Map<String, Object> execute(ProgressMonitor progress) throws Exception {
    Bounds2 bounds;
    try {
      bounds = area == null ? null : Bounds2.parse(area);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (!Files.isRegularFile(project)) {
      throw new UsageException("project not found: " + project);
    }
    if (!Files.isRegularFile(truth)) {
      throw new UsageException("truth map not found: " + truth);
    }
    LaneMap predicted;
    List<DriveRecord> drives;
    try (Project p = Project.open(project, OpenOptions.READ_ONLY)) {
      predicted = p.snapshot();
      drives = p.drives();
    }
    GeoOrigin option;
    try {
      option = origin == null ? null : GeoOrigin.parse(origin);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--origin: " + e.getMessage());
    }
    MapReadResult t = readTruth(truth, predicted, option);
    t.problems().forEach(m -> System.err.println("mapsmith evaluate: " + truth + ": " + m));
    TruthScoring.Scores scores;
    try {
      scores =
          TruthScoring.score(
              predicted,
              t,
              drives,
              bounds,
              progress,
              m -> System.err.println("mapsmith evaluate: " + m));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(project + ": " + e.getMessage(), e);
    }
    Map<String, Object> out = new LinkedHashMap<>(scores.result().toJsonMap());
    out.put("window_placement", scores.placement());
    out.put("lane_graph", laneGraph(predicted, drives, bounds, option));
    if (t.origin() != null) {
      out.put("origin_source", t.origin().source().key());
    }
    return out;
  }

  /**
   * The lane graph built from the project's lines along its drives, scored against the truth's
   * lanelets in the windows along the drives; null when the truth has no lanelets (an AV2 map) or
   * the project no drive in its frame.
   */
  private Map<String, Object> laneGraph(
      LaneMap predicted, List<DriveRecord> drives, Bounds2 bounds, GeoOrigin option)
      throws Exception {
    if (!LaneGraphScoring.hasLanelets(truth)) {
      return null;
    }
    var d =
        LaneGraphScoring.drives(
            drives, predicted.frame(), m -> System.err.println("mapsmith evaluate: " + m));
    if (d.paths().isEmpty()) {
      System.err.println(
          "mapsmith evaluate: no drive in the project's frame; lane graph not scored");
      return null;
    }
    var graph = LaneGraphScoring.build(predicted, d.paths());
    var truthGraph = LaneGraphScoring.readTruth(truth, predicted.frame(), option);
    Map<String, Object> out =
        new LinkedHashMap<>(
            LaneGraphScoring.score(graph, truthGraph, EvalWindows.within(d.windows(), bounds))
                .toJsonMap());
    out.put("predicted_lanelets_total", graph.lanelets().size());
    return out;
  }

  /** Reads a truth map (Lanelet2 or AV2) for {@code predicted}, as {@link TruthScoring} does. */
  public static MapReadResult readTruth(Path file, LaneMap predicted) throws Exception {
    return readTruth(file, predicted, null);
  }

  /** As {@link #readTruth(Path, LaneMap)}, with the user's origin for a Lanelet2 map. */
  static MapReadResult readTruth(Path file, LaneMap predicted, GeoOrigin option) throws Exception {
    try {
      return TruthScoring.readTruth(file, predicted.frame(), option);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
