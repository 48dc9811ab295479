package dev.mapsmith.app.ops;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.map.Av2MapReader;
import dev.mapsmith.drivelog.map.Lanelet2Maps;
import dev.mapsmith.drivelog.map.MapReadResult;
import dev.mapsmith.labeling.DriveRecord;
import dev.mapsmith.reconstruction.eval.EvalResult;
import dev.mapsmith.reconstruction.eval.EvalWindow;
import dev.mapsmith.reconstruction.eval.EvalWindows;
import dev.mapsmith.reconstruction.eval.Evaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * How a project's map is scored against a ground-truth map, shared by {@code mapsmith evaluate} and
 * the app's "Check against truth" so that both give the same figures: the truth map is read in its
 * own frame (a Lanelet2 map by the shared origin rule; an Argoverse 2 map's city frame), the metric
 * converts it into the project's frame, and the windows lie along the project's drives (a tile grid
 * over the map when there are none). See docs/evaluation.md.
 */
public final class TruthScoring {

  /** The scores and where the windows were placed ("sweeps" or "tiles"). */
  public record Scores(EvalResult result, String placement) {}

  private TruthScoring() {}

  /**
   * Reads a truth map: a Lanelet2 {@code .osm} placed by the shared origin rule (drivelog's {@code
   * MapOrigins.resolve}: {@code option}, map_projector_info.yaml, its sidecar, its centre; a map
   * with only local coordinates is taken to be in the project's frame); or an Argoverse 2 {@code
   * .json} map in its city frame. The metric converts it into the project's frame.
   *
   * @param option the user's origin for a Lanelet2 map, or null
   * @throws IllegalArgumentException when the file is neither, or an origin is given for an AV2 map
   */
  public static MapReadResult readTruth(Path file, FrameOfReference projectFrame, GeoOrigin option)
      throws Exception {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".osm")) {
      GeoOrigin project = projectFrame instanceof LocalEnuFrame enu ? enu.origin() : null;
      return Lanelet2Maps.read(file, option, project);
    }
    if (option != null) {
      throw new IllegalArgumentException("an origin goes with a Lanelet2 .osm truth map");
    }
    if (name.endsWith(".json")) {
      return Av2MapReader.read(file);
    }
    throw new IllegalArgumentException(
        file + ": unknown map format; expected a Lanelet2 .osm or an AV2 .json");
  }

  /** As {@link #readTruth(Path, FrameOfReference, GeoOrigin)}, with no origin given. */
  public static MapReadResult readTruth(Path file, FrameOfReference projectFrame) throws Exception {
    return readTruth(file, projectFrame, null);
  }

  /**
   * Scores {@code predicted} against {@code truth} over the windows along the project's drives
   * (those that open and share the project's frame), kept to {@code area} when given; without such
   * drives, over a tile grid on {@code area} or on the map's extent grown by a metre.
   *
   * @param warn receives one line per drive that could not be used
   */
  public static Scores score(
      LaneMap predicted,
      MapReadResult truth,
      List<DriveRecord> drives,
      Bounds2 area,
      ProgressMonitor monitor,
      Consumer<String> warn) {
    List<EvalWindow> windows = alongDrives(drives, predicted.frame(), warn);
    String placement = "sweeps";
    if (windows.isEmpty()) {
      // the extent grown by a metre, so that no line lies exactly on a tile edge
      Bounds2 scored = area != null ? area : extent(predicted).expand(1);
      if (scored.isEmpty()) {
        throw new IllegalArgumentException("the project has no primitives to score; give an area");
      }
      windows = EvalWindows.tileGrid(scored);
      placement = "tiles";
    } else {
      windows = EvalWindows.within(windows, area);
    }
    return new Scores(Evaluation.evaluate(predicted, truth.map(), windows, monitor), placement);
  }

  /** Windows at the sweep poses of the drives that open and share {@code frame}. */
  private static List<EvalWindow> alongDrives(
      List<DriveRecord> drives, FrameOfReference frame, Consumer<String> warn) {
    List<EvalWindow> out = new ArrayList<>();
    for (DriveRecord d : drives) {
      if (!Files.exists(d.path())) {
        warn.accept("drive " + d.id() + " not found at " + d.path());
        continue;
      }
      try (DriveLog log = DriveLogs.open(d.path())) {
        if (!log.metadata().frame().equals(frame)) {
          warn.accept("drive " + d.id() + " is in another frame; not used for windows");
          continue;
        }
        out.addAll(EvalWindows.atSweeps(log, EvalWindows.DEFAULT_SPACING));
      } catch (Exception e) {
        warn.accept("drive " + d.id() + ": " + e.getMessage());
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
}
