package dev.mapsmith.drivelog.bench;

import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.LidarSweep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * ROS 2 MCAP read speed (a main, not a test): opening a bag (summary and message indexes), then
 * every PointCloud2 sweep read into the world frame ({@link LidarSweep#loadInWorld}: zstd chunk,
 * CDR, fields by name, per-point-time de-skew through the tf poses) on THREADS threads; median of 5
 * rounds after 2 warm-up rounds. The bag is written by {@code @mcap/core} with {@code node
 * drivelog/src/test/mcap-fixtures/write-bench-bag.mjs OUT.mcap 50 120000}.
 *
 * <p>Usage: {@code McapBench BAG.mcap [THREADS]}.
 */
public final class McapBench {

  private McapBench() {}

  public static void main(String[] args) throws Exception {
    Path bag = Path.of(args[0]);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    long t0 = System.nanoTime();
    try (DriveLog log = DriveLogs.open(bag)) {
      double openMs = (System.nanoTime() - t0) / 1e6;
      List<LidarSweep> sweeps = log.sweeps();
      System.out.printf(
          "open: %.1f ms (%s, %d sweeps, pose source %s)%n",
          openMs,
          log.details().get("chunks") + " chunks",
          sweeps.size(),
          log.details().get("pose_source"));
      double[] rates = new double[7];
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      for (int r = 0; r < rates.length; r++) {
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<Long>> parts = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
          parts.add(
              pool.submit(
                  () -> {
                    long points = 0;
                    for (int i; (i = next.getAndIncrement()) < sweeps.size(); ) {
                      points += sweeps.get(i).loadInWorld(log.trajectory()).size();
                    }
                    return points;
                  }));
        }
        long points = 0;
        for (Future<Long> f : parts) {
          points += f.get();
        }
        rates[r] = points / ((System.nanoTime() - start) / 1e9) / 1e6;
        System.out.printf(
            "round %d: %d points, %.1f M points/s%s%n",
            r, points, rates[r], r < 2 ? " (warm-up)" : "");
      }
      pool.shutdown();
      double[] timed = Arrays.copyOfRange(rates, 2, rates.length);
      Arrays.sort(timed);
      System.out.printf(
          "MCAP PointCloud2 into the world frame, %d threads: median %.1f M points/s%n",
          threads, timed[timed.length / 2]);
    }
  }
}
