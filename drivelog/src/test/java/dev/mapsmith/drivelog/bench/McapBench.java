package dev.mapsmith.drivelog.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.LidarSweep;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * ROS 2 MCAP read speed against KITTI's reader in the same run (a main, not a test).
 *
 * <ol>
 *   <li>Opening the bag ({@link DriveLogs#open}: summary, message indexes, poses).
 *   <li>Every PointCloud2 sweep into the world frame with {@link DriveLog#readInWorld} on THREADS
 *       threads (chunk by chunk: each chunk decompressed once into a thread's reusable buffers, CDR
 *       decoded by field views, de-skewed by per-point time through the poses), and, for
 *       comparison, sweep by sweep with {@link LidarSweep#loadInWorld} on the same threads.
 *   <li>A KITTI {@code .bin} drive of the same sweeps × points ({@link DrivelogBench}'s writer, in
 *       KITTI_DIR) read the same way: the reference reader, so the ratio holds whatever the load.
 * </ol>
 *
 * <p>Each figure is the median of 5 rounds after 2 warm-ups, as points per wall second and per CPU
 * second of the whole process (user + system: what the machine's other work cannot inflate much);
 * the load average is printed before and after. The bag is written by {@code @mcap/core}: {@code
 * node drivelog/src/test/mcap-fixtures/write-bench-bag.mjs OUT.mcap 50 120000 [zstd|lz4|none]}.
 *
 * <p>Usage: {@code McapBench BAG.mcap [THREADS] [KITTI_DIR]} (no KITTI_DIR: a temporary folder).
 */
public final class McapBench {

  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private McapBench() {}

  public static void main(String[] args) throws Exception {
    Path bag = Path.of(args[0]);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    Path kittiDir =
        args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("mcap-bench-kitti");
    System.out.printf(Locale.ROOT, "load average at start: %.1f%n", OS.getSystemLoadAverage());
    long t0 = System.nanoTime();
    long points;
    int sweepCount;
    try (DriveLog log = DriveLogs.open(bag)) {
      double openMs = (System.nanoTime() - t0) / 1e6;
      List<LidarSweep> sweeps = log.sweeps();
      sweepCount = sweeps.size();
      System.out.printf(
          Locale.ROOT,
          "open: %.1f ms (%s chunks, %d sweeps, pose source %s)%n",
          openMs,
          log.details().get("chunks"),
          sweeps.size(),
          log.details().get("pose_source"));
      Rate bulk = median(() -> bulk(log, threads));
      points = bulk.points;
      Rate single = median(() -> sweepBySweep(log, threads));
      bulk.print("MCAP -> world, readInWorld (chunk by chunk), " + threads + " threads");
      single.print("MCAP -> world, loadInWorld (sweep by sweep), " + threads + " threads");
      Rate kitti = kitti(kittiDir, sweepCount, (int) (points / sweepCount), threads);
      kitti.print("KITTI .bin -> world, readInWorld, " + threads + " threads");
      System.out.printf(
          Locale.ROOT,
          "ratio MCAP/KITTI, %d threads: %.2f per wall second, %.2f per CPU second%n",
          threads,
          bulk.wall / kitti.wall,
          bulk.cpu / kitti.cpu);
    }
    System.out.printf(Locale.ROOT, "load average at end: %.1f%n", OS.getSystemLoadAverage());
  }

  private static long bulk(DriveLog log, int threads) throws Exception {
    AtomicLong n = new AtomicLong();
    log.readInWorld(log.sweeps(), threads, (i, c) -> n.addAndGet(c.size()));
    return n.get();
  }

  private static long sweepBySweep(DriveLog log, int threads) throws Exception {
    AtomicLong n = new AtomicLong();
    List<LidarSweep> sweeps = log.sweeps();
    dev.mapsmith.drivelog.ParallelSweeps.run(
        sweeps.size(),
        threads,
        i -> n.addAndGet(sweeps.get(i).loadInWorld(log.trajectory()).size()));
    return n.get();
  }

  private static Rate kitti(Path dir, int sweeps, int perSweep, int threads) throws Exception {
    Path drive = DrivelogBench.writeDrive(dir.resolve("kitti"), sweeps, perSweep);
    try (DriveLog log = DriveLogs.open(drive)) {
      return median(() -> bulk(log, threads));
    }
  }

  interface Round {
    long run() throws Exception;
  }

  /** Points per wall second and per process CPU second, medians of 5 rounds after 2 warm-ups. */
  record Rate(long points, double wall, double cpu) {
    void print(String what) {
      System.out.printf(
          Locale.ROOT,
          "%-58s %,d points: %.1f M points/s (wall), %.1f M points/CPU-s%n",
          what,
          points,
          wall / 1e6,
          cpu / 1e6);
    }
  }

  private static Rate median(Round r) throws Exception {
    r.run();
    r.run();
    double[] wall = new double[5], cpu = new double[5];
    long points = 0;
    for (int i = 0; i < 5; i++) {
      long c0 = OS.getProcessCpuTime(), w0 = System.nanoTime();
      points = r.run();
      wall[i] = points / ((System.nanoTime() - w0) / 1e9);
      cpu[i] = points / ((OS.getProcessCpuTime() - c0) / 1e9);
    }
    Arrays.sort(wall);
    Arrays.sort(cpu);
    return new Rate(points, wall[2], cpu[2]);
  }
}
