package dev.mapsmith.app.cli;

import dev.mapsmith.app.cli.benchmark.BenchmarkRunner;
import dev.mapsmith.app.cli.benchmark.Suite;
import dev.mapsmith.sampledrives.DemoDrive;
import dev.mapsmith.sampledrives.PoseNoise;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options {@code mapsmith benchmark} and {@code mapsmith calibrate} share to run a suite:
 * methods, pose-noise levels, the learned method's model, the drive cache.
 */
final class SuiteRunOptions {

  @Option(
      names = "--methods",
      split = ",",
      paramLabel = "LIST",
      description = "classical,learned (default: the suite's).")
  List<String> methods;

  @Option(
      names = "--pose-noise",
      split = ",",
      paramLabel = "LIST",
      description = "none,typical,poor (default: the suite's).")
  List<String> poseNoise;

  @Option(
      names = "--model",
      paramLabel = "DIR",
      description = "The learned method's model directory (default: the shipped model).")
  Path model;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description = "Where drives are generated and reused (default: the user's cache folder).")
  Path cache;

  /** What to run on {@code s}: the options, else the suite's own methods and noise levels. */
  BenchmarkRunner.Plan plan(Suite s) {
    List<String> m = methods != null ? methods : s.methods();
    for (String x : m) {
      if (!"classical".equals(x) && !"learned".equals(x)) {
        throw new UsageException("unknown method '" + x + "'; use classical and/or learned");
      }
    }
    List<PoseNoise> noise = new ArrayList<>();
    for (String x : poseNoise != null ? poseNoise : s.poseNoise()) {
      try {
        noise.add(PoseNoise.fromKey(x));
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    return new BenchmarkRunner.Plan(s, m, noise, model);
  }

  /** The drive cache folder: {@code --cache}, else the user's cache folder. */
  Path cacheDir() {
    return cache != null ? cache : DemoDrive.defaultCacheDir().resolve("benchmark");
  }
}
