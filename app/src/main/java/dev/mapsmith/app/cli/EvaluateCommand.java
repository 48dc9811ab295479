package dev.mapsmith.app.cli;

import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.map.Lanelet2Maps;
import dev.mapsmith.drivelog.map.MapReadResult;
import dev.mapsmith.labeling.DriveRecord;
import dev.mapsmith.labeling.OpenOptions;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.reconstruction.eval.EvalWindow;
import dev.mapsmith.reconstruction.eval.EvalWindows;
import dev.mapsmith.reconstruction.eval.Evaluation;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mapsmith evaluate --project FILE --truth MAP}: scores the project's map against a
 * ground-truth map with the metric of shared/FORMATS.md (see docs/evaluation.md). A Lanelet2 map is
 * placed by the shared origin rule ({@code --origin}, map_projector_info.yaml, its sidecar, its
 * centre; a map with only local coordinates is taken to be in the project's frame) and converted
 * into the project's frame; an Argoverse 2 map is already in the city frame. The JSON adds {@code
 * origin_source} for a Lanelet2 map.
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
    List<EvalWindow> windows = alongDrives(drives, predicted);
    String placement = "sweeps";
    if (windows.isEmpty()) {
      // the extent grown by a metre, so that no line lies exactly on a tile edge
      Bounds2 scored = bounds != null ? bounds : extent(predicted).expand(1);
      if (scored.isEmpty()) {
        throw new IllegalArgumentException(
            project + ": the project has no primitives to score; give --area");
      }
      windows = EvalWindows.tileGrid(scored);
      placement = "tiles";
    } else {
      windows = EvalWindows.within(windows, bounds);
    }
    Map<String, Object> out =
        new LinkedHashMap<>(Evaluation.evaluate(predicted, t.map(), windows, progress).toJsonMap());
    out.put("window_placement", placement);
    if (t.origin() != null) {
      out.put("origin_source", t.origin().source().key());
    }
    return out;
  }

  /**
   * Windows at the sweep poses of the project's drives (docs/evaluation.md), for the drives that
   * can still be opened and share the project's frame; empty when there are none.
   */
  private static List<EvalWindow> alongDrives(List<DriveRecord> drives, LaneMap predicted) {
    List<EvalWindow> out = new ArrayList<>();
    for (DriveRecord d : drives) {
      if (!Files.exists(d.path())) {
        System.err.println("mapsmith evaluate: drive " + d.id() + " not found at " + d.path());
        continue;
      }
      try (DriveLog log = ReconstructCommand.openDrive(d.path())) {
        if (!log.metadata().frame().equals(predicted.frame())) {
          System.err.println(
              "mapsmith evaluate: drive " + d.id() + " is in another frame; not used for windows");
          continue;
        }
        out.addAll(EvalWindows.atSweeps(log, EvalWindows.DEFAULT_SPACING));
      } catch (Exception e) {
        System.err.println("mapsmith evaluate: drive " + d.id() + ": " + e.getMessage());
      }
    }
    return out;
  }

  private static Bounds2 extent(LaneMap map) {
    Bounds2 b = Bounds2.EMPTY;
    for (Primitive p : map.primitives()) {
      b = b.union(p.geometry().bounds());
    }
    return b;
  }

  /** Reads a truth map (Lanelet2 or AV2) for {@code predicted}; {@code benchmark} uses it too. */
  public static MapReadResult readTruth(Path file, LaneMap predicted) throws Exception {
    return readTruth(file, predicted, null);
  }

  /** As {@link #readTruth(Path, LaneMap)}, with the user's origin for a Lanelet2 map. */
  static MapReadResult readTruth(Path file, LaneMap predicted, GeoOrigin option) throws Exception {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (name.endsWith(".osm")) {
      // the shared rule places the map; the metric converts it into the project's frame
      GeoOrigin project = predicted.frame() instanceof LocalEnuFrame enu ? enu.origin() : null;
      return Lanelet2Maps.read(file, option, project);
    }
    if (option != null) {
      throw new UsageException("--origin goes with a Lanelet2 .osm truth map");
    }
    if (name.endsWith(".json")) {
      try {
        Class<?> reader = Class.forName("dev.mapsmith.drivelog.map.Av2MapReader");
        return (MapReadResult) reader.getMethod("read", Path.class).invoke(null, file);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(file + ": this build cannot read Argoverse 2 maps yet");
      } catch (InvocationTargetException e) {
        throw e.getCause() instanceof Exception ex ? ex : e;
      }
    }
    throw new UsageException(
        file + ": unknown map format; expected a Lanelet2 .osm or an AV2 .json");
  }
}
