package dev.mapsmith.app.cli.benchmark;

import dev.mapsmith.app.cli.EvaluateCommand;
import dev.mapsmith.app.cli.ReconstructCommand;
import dev.mapsmith.app.ops.LaneGraphScoring;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.map.MapReadResult;
import dev.mapsmith.models.LaneSegmenter;
import dev.mapsmith.reconstruction.ReconstructionResult;
import dev.mapsmith.reconstruction.confidence.ConfidenceCalibration;
import dev.mapsmith.reconstruction.eval.DetectionPool;
import dev.mapsmith.reconstruction.eval.EvalWindow;
import dev.mapsmith.reconstruction.eval.EvalWindows;
import dev.mapsmith.reconstruction.eval.Evaluation;
import dev.mapsmith.reconstruction.eval.LaneGraphScore;
import dev.mapsmith.reconstruction.lanegraph.DrivePath;
import dev.mapsmith.sampledrives.PoseNoise;
import dev.mapsmith.sampledrives.SampleDrives;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs a suite: checks that every world can be generated before any work starts, then for each
 * pose-noise level, world and seed gets the drive (cache or generate) and, per method, reconstructs
 * it as {@code mapsmith reconstruct} does and collects the metric's detections as {@code mapsmith
 * evaluate} does (windows at sweep poses).
 */
public final class BenchmarkRunner {

  /**
   * What to run: the suite, methods ({@code classical}, {@code learned}), noise levels, and the
   * learned method's model directory ({@code null}: the shipped default model).
   */
  public record Plan(Suite suite, List<String> methods, List<PoseNoise> noise, Path model) {

    public Plan(Suite suite, List<String> methods, List<PoseNoise> noise) {
      this(suite, methods, noise, null);
    }

    /** The learned method's model: {@link #model}, else the shipped default model. */
    public LaneSegmenter segmenter() throws java.io.IOException {
      return model == null ? LaneSegmenter.loadDefault() : LaneSegmenter.load(model);
    }

    int steps() {
      return suite.drivesPerNoiseLevel() * noise.size() * (1 + methods.size());
    }
  }

  /** Every drive's score, how many drives were generated or reused, and the wall time. */
  public record Results(List<DriveScore> scores, int generated, int reused, double seconds) {}

  private final Plan plan;
  private final BenchDrives drives;
  private final ConfidenceCalibration calibration;
  private final ProgressMonitor monitor;
  private final List<DriveScore> scores = new ArrayList<>();
  private int step;
  private int generated;
  private int reused;

  private BenchmarkRunner(
      Plan plan, BenchDrives drives, ConfidenceCalibration calibration, ProgressMonitor monitor) {
    this.plan = plan;
    this.drives = drives;
    this.calibration = calibration;
    this.monitor = monitor;
  }

  public static Results run(Plan plan, BenchDrives drives, ProgressMonitor monitor)
      throws Exception {
    return run(plan, drives, ConfidenceCalibration.shipped(), monitor);
  }

  /** As above with confidences mapped by {@code calibration} ({@code mapsmith calibrate}: none). */
  public static Results run(
      Plan plan, BenchDrives drives, ConfidenceCalibration calibration, ProgressMonitor monitor)
      throws Exception {
    return new BenchmarkRunner(plan, drives, calibration, monitor).run();
  }

  private Results run() throws Exception {
    long start = System.nanoTime();
    checkGenerable();
    LaneSegmenter segmenter = plan.methods().contains("learned") ? plan.segmenter() : null;
    try {
      for (PoseNoise noise : plan.noise()) {
        for (SuiteWorld w : plan.suite().worlds()) {
          for (long seed : w.seeds()) {
            try {
              runDrive(w, seed, noise, segmenter);
            } catch (dev.mapsmith.core.task.CancelledException e) {
              throw e;
            } catch (Exception e) {
              throw new IllegalStateException(where(w, seed, noise) + ": " + message(e), e);
            }
          }
        }
      }
    } finally {
      if (segmenter != null) {
        segmenter.close();
      }
    }
    monitor.progress(1, "done");
    return new Results(scores, generated, reused, (System.nanoTime() - start) / 1e9);
  }

  /**
   * Builds the request of every drive not in the cache, and loads each such map world once, so that
   * a world this build cannot generate fails now, not an hour into the run. Every such world is
   * named in one message.
   */
  private void checkGenerable() {
    Set<String> checked = new HashSet<>();
    List<String> faults = new ArrayList<>();
    for (PoseNoise noise : plan.noise()) {
      for (SuiteWorld w : plan.suite().worlds()) {
        for (long seed : w.seeds()) {
          if (checked.contains(w.id()) || drives.cached(w, seed, noise) != null) {
            continue;
          }
          checked.add(w.id());
          try {
            var request = BenchDrives.request(w, seed, noise);
            if (w.kind() == WorldKind.MAP) {
              monitor.checkCancelled();
              monitor.progress(0, "checking " + w.id());
              SampleDrives.scenario(request);
            }
          } catch (dev.mapsmith.core.task.CancelledException e) {
            throw e;
          } catch (Exception e) {
            faults.add("world '" + w.id() + "' (" + w.describe() + "): " + message(e));
          }
        }
      }
    }
    if (!faults.isEmpty()) {
      throw new IllegalArgumentException(
          plan.suite().file()
              + ": "
              + faults.size()
              + " world(s) cannot be generated by this build: "
              + String.join("; ", faults));
    }
  }

  private void runDrive(SuiteWorld w, long seed, PoseNoise noise, LaneSegmenter segmenter)
      throws Exception {
    String label = w.id() + " seed " + seed + " " + noise.key();
    BenchDrive d = drives.obtain(w, seed, noise, slice("generating " + label));
    if (d.generated()) {
      generated++;
    } else {
      reused++;
    }
    try (DriveLog log = DriveLogs.open(d.drive())) {
      List<EvalWindow> windows = EvalWindows.atSweeps(log, EvalWindows.DEFAULT_SPACING);
      MapReadResult truth =
          EvaluateCommand.readTruth(d.truth(), new LaneMap(log.metadata().frame(), List.of()));
      LaneGraph truthGraph =
          LaneGraphScoring.hasLanelets(d.truth())
              ? LaneGraphScoring.readTruth(d.truth(), log.metadata().frame(), null)
              : null;
      Polyline path = DrivePath.of(log);
      double generateSeconds = d.generateSeconds();
      for (String method : plan.methods()) {
        ProgressMonitor m = slice(method + " " + label);
        long t0 = System.nanoTime();
        ReconstructionResult r =
            ReconstructCommand.reconstruct(
                List.of(log),
                null,
                "learned".equals(method) ? segmenter : null,
                calibration,
                m.slice(0, 0.9));
        long t1 = System.nanoTime();
        DetectionPool pool = Evaluation.collect(r.toMap(), truth.map(), windows, m.slice(0.9, 1));
        LaneGraphScore graph =
            truthGraph == null
                ? LaneGraphScore.EMPTY
                : LaneGraphScoring.score(
                    LaneGraphScoring.build(r.toMap(), List.of(path)), truthGraph, windows);
        long t2 = System.nanoTime();
        scores.add(
            new DriveScore(
                w.id(),
                seed,
                method,
                noise.key(),
                pool,
                r.inputPoints(),
                generateSeconds,
                (t1 - t0) / 1e9,
                (t2 - t1) / 1e9,
                graph));
        generateSeconds = 0; // counted once per drive
      }
    }
  }

  /** The monitor for the next step of the run, showing {@code what}. */
  private ProgressMonitor slice(String what) {
    monitor.checkCancelled();
    double total = plan.steps();
    ProgressMonitor s = monitor.slice(step / total, (step + 1) / total);
    step++;
    return new ProgressMonitor() {
      @Override
      public void progress(double fraction, String message) {
        s.progress(fraction, what + ": " + message);
      }

      @Override
      public boolean isCancelled() {
        return s.isCancelled();
      }
    };
  }

  private static String where(SuiteWorld w, long seed, PoseNoise noise) {
    return "world '"
        + w.id()
        + "' ("
        + w.describe()
        + ", seed "
        + seed
        + ", pose noise "
        + noise.key()
        + ")";
  }

  private static String message(Exception e) {
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }
}
