package dev.mapsmith.sampledrives.bench;

import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.sampledrives.DemoDrive;
import dev.mapsmith.sampledrives.Scenarios;
import dev.mapsmith.sampledrives.scene.Scene;
import dev.mapsmith.sampledrives.scene.SceneBuilder;
import dev.mapsmith.sampledrives.sensor.LidarModel;
import dev.mapsmith.sampledrives.sensor.LidarSimulator;
import dev.mapsmith.sampledrives.sensor.VehicleMotion;
import dev.mapsmith.sampledrives.world.RouteGraph;
import dev.mapsmith.sampledrives.world.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Benchmarks: lidar rays per second (sweeps of the suburb scene cast in parallel, no file output)
 * and the time to generate the demo drive. Usage: {@code SampleDrivesBench [threads] [sweeps]}.
 */
public final class SampleDrivesBench {

  private SampleDrivesBench() {}

  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    int sweeps = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    Scenario s = Scenarios.build("suburb");
    long t0 = System.nanoTime();
    Scene scene = SceneBuilder.build(s, 1);
    VehicleMotion motion =
        new VehicleMotion(new RouteGraph(s.truth()).centreline(s.route()), s.speedMps());
    System.out.printf(
        Locale.ROOT,
        "scene: %d objects, %d paint stripes, built in %.2f s%n",
        scene.objectCount(),
        scene.paint().stripeCount(),
        (System.nanoTime() - t0) / 1e9);
    LidarModel model = LidarModel.hdl64(true);
    LidarSimulator sim = new LidarSimulator(scene, motion, model);
    ForkJoinPool pool = new ForkJoinPool(threads);
    for (int round = 0; round < 3; round++) {
      long start = System.nanoTime();
      long pts =
          pool.submit(
                  () ->
                      IntStream.range(0, sweeps)
                          .parallel()
                          .mapToLong(k -> sim.sweep(k * 0.1, new SplittableRandom(k)).length / 4)
                          .sum())
              .get();
      double sec = (System.nanoTime() - start) / 1e9;
      double rays = (double) sweeps * model.raysPerSweep();
      System.out.printf(
          Locale.ROOT,
          "round %d: %d sweeps, %.0f rays, %d points in %.2f s = %.2f M rays/s (%d threads)%n",
          round,
          sweeps,
          rays,
          pts,
          sec,
          rays / sec / 1e6,
          threads);
    }
    pool.shutdown();
    Path cache = Files.createTempDirectory("mapsmith-bench-");
    long g0 = System.nanoTime();
    Path drive = DemoDrive.ensure(cache, ProgressMonitor.NONE);
    double gen = (System.nanoTime() - g0) / 1e9;
    long files;
    try (var w = Files.walk(drive)) {
      files = w.count();
    }
    System.out.printf(
        Locale.ROOT,
        "demo drive (suburb, 30 s): generated in %.1f s, %d files, at %s%n",
        gen,
        files,
        drive);
  }
}
