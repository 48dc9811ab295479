package dev.mapsmith.app.ops;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.LaneletOrientation;
import dev.mapsmith.core.lanelet.RelationTolerances;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.map.Lanelet2File;
import dev.mapsmith.drivelog.map.Lanelet2Graphs;
import dev.mapsmith.drivelog.map.MapOrigins;
import dev.mapsmith.labeling.DriveRecord;
import dev.mapsmith.reconstruction.eval.EvalWindow;
import dev.mapsmith.reconstruction.eval.EvalWindows;
import dev.mapsmith.reconstruction.eval.LaneGraphEvaluation;
import dev.mapsmith.reconstruction.eval.LaneGraphScore;
import dev.mapsmith.reconstruction.eval.LaneMatchConfig;
import dev.mapsmith.reconstruction.lanegraph.DrivePath;
import dev.mapsmith.reconstruction.lanegraph.LaneGraphBuilder;
import dev.mapsmith.reconstruction.lanegraph.LaneGraphConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The lane graph of a map and its score against a truth map's lanelets, shared by {@code mapsmith
 * evaluate} and {@code mapsmith benchmark}: the graph is built from the map's lines along the
 * drives' paths ({@link LaneGraphBuilder}), the truth's lanelets are read by drivelog ({@link
 * Lanelet2Graphs}, placed by the shared origin rule as {@link TruthScoring} places the truth's
 * lines), and both are scored in the windows along the drives ({@link LaneGraphEvaluation}).
 */
public final class LaneGraphScoring {

  private LaneGraphScoring() {}

  /** Whether a truth file has lanelets to score against (a Lanelet2 .osm). */
  public static boolean hasLanelets(Path truth) {
    return truth.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".osm");
  }

  /**
   * The truth map's lane graph in {@code projectFrame}, each lanelet running the way the simulator
   * drives it ({@link LaneletOrientation#leftOnTheLeft}).
   */
  public static LaneGraph readTruth(Path osm, FrameOfReference projectFrame, GeoOrigin option)
      throws DriveLogException {
    GeoOrigin project = projectFrame instanceof LocalEnuFrame enu ? enu.origin() : null;
    var doc = dev.mapsmith.drivelog.map.osm.OsmReader.read(osm);
    Lanelet2File file = Lanelet2File.of(doc, osm, MapOrigins.resolve(osm, option, doc, project));
    LaneGraph read = Lanelet2Graphs.read(file, RelationTolerances.defaults()).graph();
    return LaneletOrientation.leftOnTheLeft(read, RelationTolerances.defaults())
        .convertedTo(projectFrame);
  }

  /** The lane graph of {@code map}'s lines along {@code paths}. */
  public static LaneGraph build(LaneMap map, List<Polyline> paths) {
    List<Primitive> prims = List.copyOf(map.primitives());
    List<String> drives = new ArrayList<>();
    prims.stream().findFirst().ifPresent(p -> drives.addAll(p.provenance().sourceDrives()));
    Provenance prov = new Provenance("lanegraph", "1", "", drives, "", Instant.now());
    return LaneGraphBuilder.build(prims, paths, map.frame(), prov, LaneGraphConfig.defaults());
  }

  /** Lanes are scored this far ahead of and behind each window's pose, metres. */
  public static final double ALONG_M = 5;

  /**
   * Scores {@code predicted} against {@code truth} along the drive: the metric's windows (at the
   * drive's poses, 30 m across) cut to {@link #ALONG_M} ahead and behind, so a lane is compared
   * where the drive passed, not 30 m past the first and last pose where no lane was built.
   */
  public static LaneGraphScore score(
      LaneGraph predicted, LaneGraph truth, List<EvalWindow> windows) {
    List<EvalWindow> along =
        windows.stream()
            .map(w -> new EvalWindow(w.cx(), w.cy(), w.heading(), 2 * ALONG_M, w.width()))
            .toList();
    return LaneGraphEvaluation.score(predicted, truth, along, LaneMatchConfig.defaults());
  }

  /** The paths and windows of the project's drives that open and share {@code frame}. */
  public record Drives(List<Polyline> paths, List<EvalWindow> windows) {}

  public static Drives drives(
      List<DriveRecord> records, FrameOfReference frame, Consumer<String> warn) {
    List<Polyline> paths = new ArrayList<>();
    List<EvalWindow> windows = new ArrayList<>();
    for (DriveRecord d : records) {
      if (!Files.exists(d.path())) {
        continue; // TruthScoring has warned
      }
      try (DriveLog log = DriveLogs.open(d.path())) {
        if (log.metadata().frame().equals(frame)) {
          paths.add(DrivePath.of(log));
          windows.addAll(EvalWindows.atSweeps(log, EvalWindows.DEFAULT_SPACING));
        }
      } catch (Exception e) {
        warn.accept("drive " + d.id() + ": " + e.getMessage());
      }
    }
    return new Drives(paths, windows);
  }
}
