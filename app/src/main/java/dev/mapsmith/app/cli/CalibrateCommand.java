package dev.mapsmith.app.cli;

import dev.mapsmith.app.cli.benchmark.BenchDrives;
import dev.mapsmith.app.cli.benchmark.BenchmarkJson;
import dev.mapsmith.app.cli.benchmark.BenchmarkRunner;
import dev.mapsmith.app.cli.benchmark.DriveScore;
import dev.mapsmith.app.cli.benchmark.Suite;
import dev.mapsmith.app.cli.benchmark.SuiteReader;
import dev.mapsmith.app.cli.benchmark.SuiteWorld;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.models.LaneSegmenter;
import dev.mapsmith.reconstruction.confidence.CalibrationFit;
import dev.mapsmith.reconstruction.confidence.CalibrationJson;
import dev.mapsmith.reconstruction.confidence.ConfidenceCalibration;
import dev.mapsmith.reconstruction.confidence.IsotonicFit;
import dev.mapsmith.reconstruction.eval.Detection;
import dev.mapsmith.reconstruction.eval.DetectionPool;
import dev.mapsmith.reconstruction.eval.EvalResult;
import dev.mapsmith.reconstruction.eval.Evaluation;
import dev.mapsmith.sampledrives.PoseNoise;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mapsmith calibrate --suite dev --out FILE}: runs a development suite as {@code mapsmith
 * benchmark} does but with raw confidences, and fits per method and class the monotone map from
 * confidence to the probability of a match within 1.0 m (docs/decisions/0190). Refuses the test
 * suite. Prints the expected calibration error before, after, and cross-validated over worlds, and
 * each method's pooled mAP (which a strictly increasing map per class does not change).
 */
@Command(
    name = "calibrate",
    description = "Fit the confidence calibration on a development suite (never the test suite).",
    sortOptions = false)
public final class CalibrateCommand extends JsonCommand {

  @Option(
      names = "--suite",
      required = true,
      paramLabel = "NAME|FILE",
      description = "dev, smoke (bench/suites/NAME.json) or a suite file; not test.")
  String suite;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description =
          "The calibration file to write (the shipped one: "
              + "reconstruction/src/main/resources/dev/mapsmith/reconstruction/confidence/"
              + "calibration.json).")
  Path out;

  @Option(
      names = "--worlds",
      split = ",",
      paramLabel = "IDS",
      description = "Only these worlds of the suite (default: all of them).")
  List<String> worlds;

  @Mixin SuiteRunOptions options;

  @Option(
      names = "--folds",
      defaultValue = "5",
      paramLabel = "K",
      description = "Folds of worlds for the held-out ECE (default ${DEFAULT-VALUE}).")
  int folds;

  @Override
  protected String name() {
    return "calibrate";
  }

  @Override
  protected Map<String, Object> execute(ProgressMonitor progress) throws Exception {
    Suite s = SuiteReader.read(BenchmarkCommand.suiteFile(suite));
    if ("test".equals(s.name())) {
      throw new UsageException(
          "the test suite is for reporting only; fit the calibration on dev (docs/evaluation.md)");
    }
    if (worlds != null) {
      s = subset(s, worlds);
    }
    if (folds < 2) {
      throw new UsageException("--folds must be at least 2");
    }
    BenchmarkRunner.Plan plan = options.plan(s);
    List<String> m = plan.methods();
    List<PoseNoise> noise = plan.noise();
    Path cacheDir = options.cacheDir();
    BenchmarkRunner.Results run =
        BenchmarkRunner.run(
            plan, new BenchDrives(cacheDir), ConfidenceCalibration.none(), progress);
    Map<String, ConfidenceCalibration.Method> fitted = new LinkedHashMap<>();
    Map<String, Object> report = new LinkedHashMap<>();
    for (String method : m) {
      String hash = null;
      if ("learned".equals(method)) {
        try (LaneSegmenter seg = plan.segmenter()) {
          hash = seg.weightsHash();
        }
      }
      CalibrationFit.Result r =
          CalibrationFit.fit(
              worlds(run.scores(), method), hash, IsotonicFit.Params.defaults(), folds);
      fitted.put(method, r.method());
      report.put(method, figures(r, run.scores(), method, noise));
    }
    String how =
        "./mapsmith calibrate --suite "
            + s.name()
            + " ("
            + s.worlds().size()
            + " worlds"
            + (worlds == null ? "" : " " + worlds)
            + ", pose noise "
            + noise.stream().map(PoseNoise::key).toList()
            + ", "
            + "mapsmith "
            + VersionInfo.version()
            + ")";
    ConfidenceCalibration c = new ConfidenceCalibration(ConfidenceCalibration.VERSION, how, fitted);
    CalibrationJson.write(c, out);
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("suite", s.name());
    result.put("out", out.toString());
    result.put("tau_m", ConfidenceCalibration.TAU_M);
    result.put("methods", report);
    result.put("seconds", Math.round(run.seconds() * 10) / 10.0);
    result.put("generated", run.generated());
    result.put("reused", run.reused());
    return result;
  }

  /** {@code s} with only the worlds named in {@code ids}; an unknown id is a usage error. */
  private static Suite subset(Suite s, List<String> ids) {
    List<SuiteWorld> kept = new ArrayList<>();
    for (String id : ids) {
      SuiteWorld w = s.worlds().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
      if (w == null) {
        throw new UsageException(
            "suite " + s.name() + " (" + s.file() + ") has no world '" + id + "'");
      }
      kept.add(w);
    }
    return s.withWorlds(kept);
  }

  /** Each world's detections of {@code method} (all noise levels) per class, at 1.0 m. */
  private static List<CalibrationFit.WorldDetections> worlds(
      List<DriveScore> scores, String method) {
    int tau = tauIndex();
    Map<String, List<DetectionPool>> byWorld = new LinkedHashMap<>();
    for (DriveScore d : scores) {
      if (d.method().equals(method)) {
        byWorld.computeIfAbsent(d.world(), k -> new ArrayList<>()).add(d.pool());
      }
    }
    List<CalibrationFit.WorldDetections> out = new ArrayList<>();
    byWorld.forEach(
        (world, pools) -> {
          DetectionPool p = DetectionPool.pooled(pools);
          Map<MapClass, List<Detection>> byClass = new EnumMap<>(MapClass.class);
          for (MapClass c : Evaluation.SCORED_CLASSES) {
            byClass.put(c, p.detections(c, tau));
          }
          out.add(new CalibrationFit.WorldDetections(world, byClass));
        });
    return out;
  }

  private static Map<String, Object> figures(
      CalibrationFit.Result r, List<DriveScore> scores, String method, List<PoseNoise> noise) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("detections", r.detections());
    f.put("ece_raw", BenchmarkJson.round(r.rawEce()));
    f.put("ece_fitted", BenchmarkJson.round(r.fittedEce()));
    f.put("ece_held_out_worlds", BenchmarkJson.round(r.heldOutEce()));
    f.put("folds", r.folds());
    Map<String, Object> maps = new LinkedHashMap<>();
    for (PoseNoise n : noise) {
      List<DetectionPool> pools = new ArrayList<>();
      for (DriveScore d : scores) {
        if (d.method().equals(method) && d.poseNoise().equals(n.key())) {
          pools.add(d.pool());
        }
      }
      EvalResult pooled = DetectionPool.pooled(pools).result();
      maps.put(n.key(), BenchmarkJson.round(pooled.mAP()));
    }
    f.put("pooled_mAP", maps);
    return f;
  }

  private static int tauIndex() {
    for (int i = 0; i < Evaluation.THRESHOLDS.length; i++) {
      if (Evaluation.THRESHOLDS[i] == ConfidenceCalibration.TAU_M) {
        return i;
      }
    }
    throw new IllegalStateException("the metric has no threshold " + ConfidenceCalibration.TAU_M);
  }
}
