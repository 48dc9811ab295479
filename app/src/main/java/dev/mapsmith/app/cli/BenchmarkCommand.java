package dev.mapsmith.app.cli;

import dev.mapsmith.app.cli.benchmark.Baseline;
import dev.mapsmith.app.cli.benchmark.BenchDrives;
import dev.mapsmith.app.cli.benchmark.BenchmarkJson;
import dev.mapsmith.app.cli.benchmark.BenchmarkMarkdown;
import dev.mapsmith.app.cli.benchmark.BenchmarkRunner;
import dev.mapsmith.app.cli.benchmark.DriveScore;
import dev.mapsmith.app.cli.benchmark.MethodFigures;
import dev.mapsmith.app.cli.benchmark.Suite;
import dev.mapsmith.app.cli.benchmark.SuiteFigures;
import dev.mapsmith.app.cli.benchmark.SuiteReader;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.reconstruction.eval.Bootstrap;
import dev.mapsmith.sampledrives.PoseNoise;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mapsmith benchmark --suite dev|test|smoke|FILE}: generates (or reuses) every drive of a
 * suite, reconstructs each with each method at each pose-noise level, and reports AP pooled over
 * the suite with bootstrap intervals over worlds, per layout type, and the calibration of
 * confidence (docs/evaluation.md).
 */
@Command(
    name = "benchmark",
    description = "Accuracy over a suite of worlds (pooled AP, intervals, layouts, calibration).",
    sortOptions = false)
public final class BenchmarkCommand extends JsonCommand {

  @Option(
      names = "--suite",
      required = true,
      paramLabel = "NAME|FILE",
      description = "dev, test, smoke (bench/suites/NAME.json) or a suite file.")
  String suite;

  @Mixin SuiteRunOptions options;

  @Option(names = "--out", paramLabel = "DIR", description = "Write the Markdown and JSON here.")
  Path out;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description = "Fail when a pooled mAP falls more than its tolerance below this record.")
  Path baseline;

  @Override
  protected String name() {
    return "benchmark";
  }

  @Override
  protected Map<String, Object> execute(ProgressMonitor progress) throws Exception {
    Path file = suiteFile(suite);
    Suite s = SuiteReader.read(file);
    BenchmarkRunner.Plan plan = options.plan(s);
    List<String> m = plan.methods();
    List<PoseNoise> noise = plan.noise();
    Baseline record = baseline == null ? null : Baseline.read(baseline);
    Path cacheDir = options.cacheDir();
    BenchmarkRunner.Results run = BenchmarkRunner.run(plan, new BenchDrives(cacheDir), progress);
    List<MethodFigures> figures = new ArrayList<>();
    for (PoseNoise n : noise) {
      for (String method : m) {
        figures.add(SuiteFigures.of(s, run.scores(), method, n.key(), Bootstrap.DEFAULT_RESAMPLES));
      }
    }
    Map<String, Object> result = report(s, m, noise, run, figures, cacheDir);
    if (out != null) {
      String md = BenchmarkMarkdown.render(s, figures, run, command(s));
      result.put("markdown", write(out.resolve("benchmark-" + s.name() + ".md"), md).toString());
      write(out.resolve("benchmark-" + s.name() + ".json"), JsonOutput.toJson(result));
    }
    if (record != null) {
      checkBaseline(record, figures, result);
    }
    return json ? result : summary(figures, result);
  }

  private Map<String, Object> report(
      Suite s,
      List<String> m,
      List<PoseNoise> noise,
      BenchmarkRunner.Results run,
      List<MethodFigures> figures,
      Path cacheDir) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("suite", s.name());
    r.put("suite_file", s.file().toString());
    r.put("worlds", s.worlds().size());
    r.put("drives", s.drivesPerNoiseLevel() * noise.size());
    r.put("methods", m);
    r.put("pose_noise", noise.stream().map(PoseNoise::key).toList());
    r.put("results", figures.stream().map(BenchmarkJson::figures).toList());
    r.put("slowest_world", slowest(run.scores()));
    r.put("seconds", Math.round(run.seconds() * 10) / 10.0);
    r.put("generated", run.generated());
    r.put("reused", run.reused());
    r.put("cache", cacheDir.toString());
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("unit", "world");
    b.put("resamples", Bootstrap.DEFAULT_RESAMPLES);
    b.put("seed", SuiteFigures.BOOTSTRAP_SEED);
    b.put("level", 0.95);
    r.put("bootstrap", b);
    return r;
  }

  /** The world that took longest over all methods and noise levels, with where its time went. */
  private static Map<String, Object> slowest(List<DriveScore> scores) {
    Map<String, double[]> t = new LinkedHashMap<>();
    for (DriveScore d : scores) {
      double[] a = t.computeIfAbsent(d.world(), k -> new double[3]);
      a[0] += d.generateSeconds();
      a[1] += d.reconstructSeconds();
      a[2] += d.evaluateSeconds();
    }
    String worst = null;
    for (Map.Entry<String, double[]> e : t.entrySet()) {
      if (worst == null || sum(e.getValue()) > sum(t.get(worst))) {
        worst = e.getKey();
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    if (worst != null) {
      double[] a = t.get(worst);
      out.put("world", worst);
      out.put("seconds", round1(sum(a)));
      out.put("generate_s", round1(a[0]));
      out.put("reconstruct_s", round1(a[1]));
      out.put("evaluate_s", round1(a[2]));
    }
    return out;
  }

  private static void checkBaseline(
      Baseline record, List<MethodFigures> figures, Map<String, Object> result) {
    List<Baseline.Check> checks = record.check(figures);
    List<String> failed = new ArrayList<>();
    List<Object> json = new ArrayList<>();
    for (Baseline.Check c : checks) {
      String line =
          String.format(
              Locale.ROOT,
              "%s: pooled mAP %.4f, recorded %.4f (tolerance %.3f)",
              c.key(),
              c.measured(),
              c.recorded(),
              record.tolerance());
      System.err.println("mapsmith benchmark: " + line + (c.passed() ? "" : " FELL"));
      if (!c.passed()) {
        failed.add(line);
      }
      Map<String, Object> check = new LinkedHashMap<>();
      check.put("key", c.key());
      check.put("recorded", c.recorded());
      check.put("measured", BenchmarkJson.round(c.measured()));
      check.put("passed", c.passed());
      json.add(check);
    }
    result.put("baseline", Map.of("file", record.file().toString(), "checks", json));
    if (checks.isEmpty()) {
      throw new IllegalStateException(
          record.file() + ": records none of the figures this run made; nothing was checked");
    }
    if (!failed.isEmpty()) {
      throw new IllegalStateException(
          "pooled mAP fell more than "
              + record.tolerance()
              + " below the figure recorded in "
              + record.file()
              + ": "
              + String.join("; ", failed));
    }
  }

  private static Map<String, Object> summary(
      List<MethodFigures> figures, Map<String, Object> result) {
    Map<String, Object> s = new LinkedHashMap<>();
    for (MethodFigures f : figures) {
      s.put(
          f.method() + ", " + f.poseNoise(),
          String.format(
              Locale.ROOT,
              "mAP %.3f [%.3f, %.3f], ECE %.3f",
              f.pooled().mAP(),
              f.mAP().low(),
              f.mAP().high(),
              f.calibration().ece()));
    }
    for (String k : List.of("slowest_world", "seconds", "generated", "reused", "markdown")) {
      if (result.containsKey(k)) {
        s.put(k, result.get(k));
      }
    }
    return s;
  }

  /**
   * A suite name ({@code dev}) is {@code bench/suites/NAME.json} in the Mapsmith folder ({@code
   * mapsmith.home}, set by ./mapsmith) or else the current folder; anything else is a file.
   */
  static Path suiteFile(String nameOrFile) {
    Path file;
    if (nameOrFile.matches("[A-Za-z0-9_-]+")) {
      String home = System.getProperty("mapsmith.home", ".");
      file = Path.of(home, "bench", "suites", nameOrFile + ".json");
    } else {
      file = Path.of(nameOrFile);
    }
    if (!Files.isRegularFile(file)) {
      throw new UsageException(
          "no suite '"
              + nameOrFile
              + "' (looked for "
              + file
              + "); use dev, test, smoke or a file");
    }
    return file;
  }

  private String command(Suite s) {
    StringBuilder c = new StringBuilder("./mapsmith benchmark --suite ").append(suite);
    if (options.methods != null) {
      c.append(" --methods ").append(String.join(",", options.methods));
    }
    if (options.poseNoise != null) {
      c.append(" --pose-noise ").append(String.join(",", options.poseNoise));
    }
    return c.toString();
  }

  /** Writes through a temporary file beside {@code target}, so a failure leaves no half file. */
  private static Path write(Path target, String text) throws Exception {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return target;
  }

  private static double sum(double[] a) {
    return a[0] + a[1] + a[2];
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
