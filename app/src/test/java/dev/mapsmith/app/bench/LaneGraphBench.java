package dev.mapsmith.app.bench;

import dev.mapsmith.app.cli.ReconstructCommand;
import dev.mapsmith.app.cli.benchmark.Suite;
import dev.mapsmith.app.cli.benchmark.SuiteReader;
import dev.mapsmith.app.cli.benchmark.SuiteWorld;
import dev.mapsmith.app.ops.LaneGraphScoring;
import dev.mapsmith.app.ops.TruthScoring;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.reconstruction.eval.EdgeScore;
import dev.mapsmith.reconstruction.eval.EvalWindow;
import dev.mapsmith.reconstruction.eval.EvalWindows;
import dev.mapsmith.reconstruction.eval.LaneGraphDiagnosis;
import dev.mapsmith.reconstruction.eval.LaneGraphScore;
import dev.mapsmith.reconstruction.eval.LaneMatchConfig;
import dev.mapsmith.reconstruction.lanegraph.DrivePath;
import dev.mapsmith.sampledrives.SampleDrives;
import dev.mapsmith.sampledrives.kitti.KittiTime;
import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The lane graph benchmark on drives already in a benchmark cache (docs/BENCHMARKS.md, lane graph):
 * for each world of a suite, the cached drive is found by the world's name, seed and noise (not by
 * the code hash of {@code mapsmith benchmark}, so a changed simulator does not make new drives),
 * reconstructed once with the classical method (kept under {@code --work}), and its lane graph is
 * built twice, from the reconstructed lines and from the truth's own lines, each scored against the
 * truth's lanelets as {@code mapsmith benchmark} scores it ({@link LaneGraphScoring}). The second
 * tells the builder's losses from lines the reconstruction missed.
 *
 * <p>Usage: {@code bench/run lanegraph --cache DIR [--suite dev|FILE] [--pose-noise typical]
 * [--worlds id,id] [--work DIR] [--plots DIR]}
 */
public final class LaneGraphBench {

  private LaneGraphBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    String suiteArg = o.getOrDefault("suite", "dev");
    Path suiteFile =
        suiteArg.endsWith(".json")
            ? Path.of(suiteArg)
            : Path.of("bench/suites/" + suiteArg + ".json");
    Suite suite = SuiteReader.read(suiteFile);
    Path cache = Path.of(o.get("cache"));
    String noise = o.getOrDefault("pose-noise", "typical");
    Path work = Path.of(o.getOrDefault("work", "target/lanegraph-bench"));
    Path plots = o.containsKey("plots") ? Path.of(o.get("plots")) : null;
    List<String> only =
        o.containsKey("worlds") ? Arrays.asList(o.get("worlds").split(",")) : List.of();
    Map<String, LaneGraphScore> pooled = new LinkedHashMap<>();
    pooled.put("reconstructed", LaneGraphScore.EMPTY);
    pooled.put("truth lines", LaneGraphScore.EMPTY);
    System.out.println(
        "| world | lines | lanelet F1 (P / R) | truth / predicted chains | successor F1 (t/p/m)"
            + " | neighbour F1 (t/p/m) | wrong side |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (SuiteWorld w : suite.worlds()) {
      if (!only.isEmpty() && !only.contains(w.id())) {
        continue;
      }
      for (long seed : w.seeds()) {
        Path drive = cached(cache, w, seed, noise);
        if (drive == null) {
          System.err.println(w.id() + " seed " + seed + " " + noise + ": not in the cache");
          continue;
        }
        try (DriveLog log = DriveLogs.open(drive)) {
          var frame = log.metadata().frame();
          Path truthFile = drive.resolve("ground_truth/map.osm");
          LaneGraph truthGraph = LaneGraphScoring.readTruth(truthFile, frame, null);
          List<Primitive> truthLines =
              List.copyOf(
                  TruthScoring.readTruth(truthFile, frame).map().convertedTo(frame).primitives());
          List<Primitive> rec = reconstructed(work, w.id() + "-" + seed + "-" + noise, log);
          List<EvalWindow> windows = EvalWindows.atSweeps(log, EvalWindows.DEFAULT_SPACING);
          Polyline path = DrivePath.of(log);
          Map<String, List<Primitive>> sources = new LinkedHashMap<>();
          sources.put("reconstructed", rec);
          sources.put("truth lines", truthLines);
          for (var e : sources.entrySet()) {
            LaneGraph built =
                LaneGraphScoring.build(new LaneMap(frame, e.getValue()), List.of(path));
            LaneGraphScore s = LaneGraphScoring.score(built, truthGraph, windows);
            pooled.merge(e.getKey(), s, LaneGraphScore::plus);
            System.out.println(row(w.id(), e.getKey(), s));
            List<LaneGraphDiagnosis.Chain> chains =
                LaneGraphDiagnosis.chains(
                    built, truthGraph, along(windows), LaneMatchConfig.defaults());
            if (o.getOrDefault("dump", "").equals(w.id())) {
              dump(e.getKey(), built);
            }
            if (o.containsKey("chains")) {
              for (var c : chains) {
                if (c.matched() == null) {
                  System.err.println(describe(w.id(), e.getKey(), c));
                }
              }
            }
            if (plots != null) {
              Files.createDirectories(plots);
              LaneGraphPlot p = new LaneGraphPlot(path, 20, 1600);
              p.lines(e.getValue(), Color.LIGHT_GRAY);
              p.graph(truthGraph, new Color(0, 0, 0, 0), new Color(150, 220, 150), 3f);
              for (var c : chains) {
                Color col =
                    c.truth()
                        ? (c.matched() != null ? new Color(0, 150, 0) : Color.ORANGE)
                        : (c.matched() != null ? new Color(0, 0, 0, 0) : Color.MAGENTA);
                p.line(c.scored(), col, c.truth() ? 5f : 3f);
              }
              p.graph(built, new Color(90, 90, 255), Color.RED, 1.5f);
              p.line(path, Color.BLACK, 1f);
              String kind = e.getKey().startsWith("truth") ? "truth" : "rec";
              p.write(plots.resolve(w.id() + "-" + seed + "-" + kind + ".png"));
            }
          }
        }
      }
    }
    for (var e : pooled.entrySet()) {
      System.out.println(row("**pooled**", e.getKey(), e.getValue()));
    }
  }

  private static void dump(String lines, LaneGraph g) {
    for (var l : g.lanelets()) {
      Polyline c = dev.mapsmith.core.lanelet.LaneletGeometry.centerline(g, l);
      System.err.printf(
          Locale.ROOT,
          "  [%s] lanelet %d (%.1f,%.1f)->(%.1f,%.1f) left %d%s right %d%s succ %s pred %s%n",
          lines,
          l.id(),
          c.x(0),
          c.y(0),
          c.x(c.size() - 1),
          c.y(c.size() - 1),
          l.left().lineId(),
          l.left().inverted() ? "~" : "",
          l.right().lineId(),
          l.right().inverted() ? "~" : "",
          g.successors(l.id()),
          g.predecessors(l.id()));
    }
  }

  /** The metric's windows as {@link LaneGraphScoring#score} cuts them. */
  private static List<EvalWindow> along(List<EvalWindow> windows) {
    return windows.stream()
        .map(
            w ->
                new EvalWindow(
                    w.cx(), w.cy(), w.heading(), 2 * LaneGraphScoring.ALONG_M, w.width()))
        .toList();
  }

  private static String describe(String world, String lines, LaneGraphDiagnosis.Chain c) {
    Polyline s = c.scored();
    return String.format(
        Locale.ROOT,
        "  %s [%s] unmatched %s chain %d (%d lanelets, %.1f m, (%.1f,%.1f)->(%.1f,%.1f)),"
            + " nearest %.2f m",
        world,
        lines,
        c.truth() ? "truth" : "predicted",
        c.id(),
        c.lanelets(),
        dev.mapsmith.core.geom.Polylines.length2d(s, false),
        s.x(0),
        s.y(0),
        s.x(s.size() - 1),
        s.y(s.size() - 1),
        c.nearest());
  }

  private static String row(String world, String lines, LaneGraphScore s) {
    EdgeScore l = s.lanelets();
    return String.format(
        Locale.ROOT,
        "| %s | %s | %.3f (%.3f / %.3f) | %d / %d | %s | %s | %d |",
        world,
        lines,
        l.f1(),
        l.precision(),
        l.recall(),
        l.truth(),
        l.predicted(),
        edges(s.successors()),
        edges(s.neighbours()),
        s.wrongSide());
  }

  private static String edges(EdgeScore e) {
    return String.format(
        Locale.ROOT, "%.3f (%d/%d/%d)", e.f1(), e.truth(), e.predicted(), e.matched());
  }

  /** The drive of {@code w} in a benchmark cache, by the folder's name, whatever its code hash. */
  static Path cached(Path cache, SuiteWorld w, long seed, String noise) throws Exception {
    String prefix = w.id().replaceAll("[^A-Za-z0-9._-]", "_") + "-s" + seed + "-" + noise + "-";
    try (Stream<Path> s = Files.list(cache)) {
      return s.filter(p -> p.getFileName().toString().startsWith(prefix))
          .sorted()
          .map(p -> p.resolve(KittiTime.DATE).resolve(SampleDrives.driveName(seed)))
          .filter(Files::isDirectory)
          .findFirst()
          .orElse(null);
    }
  }

  private static List<Primitive> reconstructed(Path work, String name, DriveLog log)
      throws Exception {
    Path file = work.resolve(name + ".tsv");
    Provenance prov = new Provenance("classical", "", "", List.of(), "", java.time.Instant.EPOCH);
    if (Files.exists(file)) {
      return PrimitiveTsv.read(file, prov);
    }
    System.err.println(name + ": reconstructing (classical)");
    List<Primitive> prims =
        new ArrayList<>(
            ReconstructCommand.reconstruct(List.of(log), null, null, ProgressMonitor.NONE)
                .toMap()
                .primitives());
    PrimitiveTsv.write(file, prims);
    return prims;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option value, got " + args[i]);
      }
      m.put(args[i].substring(2), args[i + 1]);
    }
    if (!m.containsKey("cache")) {
      throw new IllegalArgumentException("--cache DIR (a benchmark's drive cache) is required");
    }
    return m;
  }
}
