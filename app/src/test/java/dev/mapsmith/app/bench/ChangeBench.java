package dev.mapsmith.app.bench;

import dev.mapsmith.app.cli.JsonOutput;
import dev.mapsmith.app.cli.benchmark.BenchDrives;
import dev.mapsmith.app.cli.benchmark.Suite;
import dev.mapsmith.app.cli.benchmark.SuiteReader;
import dev.mapsmith.app.cli.benchmark.SuiteWorld;
import dev.mapsmith.app.cli.benchmark.WorldKind;
import dev.mapsmith.app.ops.ChangeCheck;
import dev.mapsmith.app.ops.ChangesTruth;
import dev.mapsmith.app.ops.TruthScoring;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.models.LaneSegmenter;
import dev.mapsmith.reconstruction.changes.ChangeConfig;
import dev.mapsmith.reconstruction.changes.ChangeScore;
import dev.mapsmith.reconstruction.changes.ChangeVerdict;
import dev.mapsmith.reconstruction.changes.TruthChange;
import dev.mapsmith.reconstruction.eval.EvalWindows;
import dev.mapsmith.sampledrives.GenerateRequest;
import dev.mapsmith.sampledrives.PoseNoise;
import dev.mapsmith.sampledrives.SampleDrives;
import dev.mapsmith.sampledrives.world.change.ChangeRequest;
import dev.mapsmith.sampledrives.world.change.ChangeType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The change-detection benchmark (docs/BENCHMARKS.md): the town worlds of a suite, each changed
 * {@code --changes} times (seed = the world's seed), driven for {@code --duration} seconds, checked
 * with {@code mapsmith changes}' code and scored against the truth ({@link ChangeScore}), pooled
 * over the suite. Drives are cached under {@code --cache} by world, seed, noise, count and length
 * (delete the folder after changing the simulator).
 *
 * <p>Usage: {@code bench/run changes --suite dev|test [--changes 8] [--duration 15] [--pose-noise
 * typical] [--method classical|learned] [--cache DIR] [--out FILE] [--speed yes] [--generate-only
 * yes] [--cached-only yes]} ({@code --speed yes} also times the reconstruction alone on each drive;
 * {@code --generate-only yes} only fills the cache; {@code --cached-only yes} leaves out drives not
 * cached)
 */
public final class ChangeBench {

  private ChangeBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> o = options(args);
    Path suiteFile = Path.of("bench/suites/" + o.getOrDefault("suite", "dev") + ".json");
    Suite suite = SuiteReader.read(suiteFile);
    int count = Integer.parseInt(o.getOrDefault("changes", "8"));
    double duration = Double.parseDouble(o.getOrDefault("duration", "15"));
    PoseNoise noise = PoseNoise.fromKey(o.getOrDefault("pose-noise", "typical"));
    String method = o.getOrDefault("method", "classical");
    Path cache =
        Path.of(
            o.getOrDefault(
                "cache", System.getProperty("user.home") + "/.cache/mapsmith/changes-bench"));
    boolean speed = o.getOrDefault("speed", "no").equals("yes");
    boolean generateOnly = o.getOrDefault("generate-only", "no").equals("yes");
    boolean cachedOnly = o.getOrDefault("cached-only", "no").equals("yes");
    List<String> skipped = new java.util.ArrayList<>();
    ChangeConfig cfg = ChangeConfig.defaults();
    ChangeScore.Counts pool = new ChangeScore.Counts();
    Map<String, Object> perDrive = new LinkedHashMap<>();
    double reconstructSeconds = 0, changesSeconds = 0;
    try (LaneSegmenter seg = method.equals("learned") ? LaneSegmenter.loadDefault() : null) {
      for (SuiteWorld w : suite.worlds()) {
        if (w.kind() != WorldKind.TOWN) {
          continue;
        }
        for (long seed : w.seeds()) {
          Path drive = drive(cache, w, seed, noise, count, duration, cachedOnly);
          if (drive == null) {
            System.err.println(w.id() + " seed " + seed + ": not in the cache, left out");
            skipped.add(w.id() + "-" + seed);
            continue;
          }
          if (generateOnly) {
            continue; // drives made now, checked later (they do not depend on the detector)
          }
          Path truthDir = drive.resolve("ground_truth");
          long t0 = System.nanoTime();
          try (DriveLog log = DriveLogs.open(drive)) {
            var frame = log.metadata().frame();
            LaneMap prior =
                TruthScoring.readTruth(truthDir.resolve(SampleDrives.PRIOR_MAP), frame)
                    .map()
                    .convertedTo(frame);
            List<ChangeVerdict> verdicts =
                ChangeCheck.run(prior, List.of(log), seg, cfg, ProgressMonitor.NONE);
            changesSeconds += (System.nanoTime() - t0) / 1e9;
            if (speed) {
              long t1 = System.nanoTime();
              dev.mapsmith.app.cli.ReconstructCommand.reconstruct(
                  List.of(log), null, seg, ProgressMonitor.NONE);
              reconstructSeconds += (System.nanoTime() - t1) / 1e9;
            }
            List<TruthChange> truth =
                ChangesTruth.read(truthDir.resolve(SampleDrives.CHANGES_FILE), frame);
            ChangeScore.Counts c =
                ChangeScore.score(
                    verdicts,
                    truth,
                    EvalWindows.atSweeps(log, EvalWindows.DEFAULT_SPACING),
                    1.0,
                    0.5);
            pool.add(c);
            perDrive.put(w.id() + "-" + seed, summary(c));
            System.err.println(w.id() + " seed " + seed + ": " + summary(c));
          }
        }
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("suite", suite.name());
    out.put("changes_per_drive", count);
    out.put("duration_s", duration);
    out.put("pose_noise", noise.key());
    out.put("method", method);
    out.put("left_out_not_cached", skipped);
    out.put("pooled", summary(pool));
    out.put("seconds_changes", round(changesSeconds));
    out.put("seconds_reconstruct_alone", round(reconstructSeconds));
    out.put("parameters", ChangeCheck.parameters(cfg));
    out.put("per_drive", perDrive);
    String json = JsonOutput.toJson(out);
    System.out.println(json);
    if (o.containsKey("out")) {
      Files.writeString(Path.of(o.get("out")), json + "\n");
    }
  }

  private static Path drive(
      Path cache,
      SuiteWorld w,
      long seed,
      PoseNoise noise,
      int count,
      double duration,
      boolean cachedOnly)
      throws Exception {
    String key =
        String.format(
            Locale.ROOT, "%s-%d-%s-c%d-%.0fs", w.id(), seed, noise.key(), count, duration);
    Path dir = cache.resolve(key);
    Path drive = dir.resolve("2026_01_15").resolve(SampleDrives.driveName(seed));
    if (!Files.isDirectory(drive) && cachedOnly) {
      return null;
    }
    if (!Files.isDirectory(drive)) {
      GenerateRequest r = BenchDrives.request(w, seed, noise).withDuration(duration);
      System.err.println("generating " + key);
      SampleDrives.generate(
          r,
          ChangeRequest.of(count, List.of(ChangeType.values()), seed),
          dir,
          ProgressMonitor.NONE);
    }
    return drive;
  }

  private static Map<String, Object> summary(ChangeScore.Counts c) {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> types = new LinkedHashMap<>();
    c.perType.forEach(
        (k, v) -> {
          Map<String, Object> t = new LinkedHashMap<>();
          t.put("tp", v[0]);
          t.put("fn", v[1]);
          t.put("fp", v[2]);
          t.put("precision", round(ChangeScore.Counts.ratio(v[0], v[0] + v[2])));
          t.put("recall", round(ChangeScore.Counts.ratio(v[0], v[0] + v[1])));
          types.put(k, t);
        });
    m.put("per_type", types);
    m.put("unchanged", c.unchanged);
    m.put("unchanged_kept", round(ChangeScore.Counts.ratio(c.unchangedKept, c.unchanged)));
    m.put("unseen_changes", c.unseenChanges);
    m.put("unseen_unobserved", round(ChangeScore.Counts.ratio(c.unseenKept, c.unseenChanges)));
    m.put(
        "frames",
        List.of(List.of(c.frames[0][0], c.frames[0][1]), List.of(c.frames[1][0], c.frames[1][1])));
    m.put("mAcc", round(c.mAcc()));
    return m;
  }

  private static Double round(double v) {
    return Double.isNaN(v) ? null : Math.round(v * 1000) / 1000.0;
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option value, got " + args[i]);
      }
      m.put(args[i].substring(2), args[i + 1]);
    }
    return m;
  }
}
