package dev.mapsmith.drivelog.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.PointCloud;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opening a (large) ROS 2 bag to its first sweep in the world frame, once, in a fresh JVM (a main,
 * not a test): {@link DriveLogs#open} (summary, message indexes, topics, poses), then the first
 * sweep's {@link dev.mapsmith.drivelog.LidarSweep#loadInWorld}. Prints the wall and process CPU
 * time of each step and the load average; then the same again in the same JVM (the app's case: its
 * JVM is running and warm when a bag is opened). The bag is written by {@code @mcap/core}: {@code
 * node drivelog/src/test/mcap-fixtures/write-bench-bag.mjs BIG.mcap 3650 120000} (about 2 GB).
 *
 * <p>With {@code --whole-trajectory}, then also every pose ({@code trajectory().poses()}: all of
 * {@code /tf}, what drawing the whole trajectory needs), timed the same way.
 *
 * <p>Usage: {@code McapOpenBench BAG.mcap [--whole-trajectory]}
 */
public final class McapOpenBench {

  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private McapOpenBench() {}

  public static void main(String[] args) throws Exception {
    Path bag = Path.of(args[0]);
    System.out.printf(
        Locale.ROOT,
        "bag: %s, %.2f GB; load average at start: %.1f%n",
        bag,
        Files.size(bag) / 1e9,
        OS.getSystemLoadAverage());
    once(bag, "first, in a fresh JVM");
    once(bag, "again, in the same JVM (as in the app, where the JVM already runs)");
    if (args.length > 1 && args[1].equals("--whole-trajectory")) {
      try (DriveLog log = DriveLogs.open(bag)) {
        long w0 = System.nanoTime(), c0 = OS.getProcessCpuTime();
        int poses = log.trajectory().poses().size();
        System.out.printf(
            Locale.ROOT,
            "whole trajectory (every /tf message): %,d poses, %.0f ms wall, %.0f ms CPU%n",
            poses,
            (System.nanoTime() - w0) / 1e6,
            (OS.getProcessCpuTime() - c0) / 1e6);
      }
    }
    System.out.printf(Locale.ROOT, "load average at end: %.1f%n", OS.getSystemLoadAverage());
  }

  private static void once(Path bag, String what) throws Exception {
    System.out.println(what + ":");
    long w0 = System.nanoTime(), c0 = OS.getProcessCpuTime();
    try (DriveLog log = DriveLogs.open(bag)) {
      long w1 = System.nanoTime(), c1 = OS.getProcessCpuTime();
      PointCloud first = log.sweeps().get(0).loadInWorld(log.trajectory());
      long w2 = System.nanoTime(), c2 = OS.getProcessCpuTime();
      System.out.printf(
          Locale.ROOT,
          "open: %.0f ms wall, %.0f ms CPU (%s chunks, %d sweeps, pose source %s)%n",
          (w1 - w0) / 1e6,
          (c1 - c0) / 1e6,
          log.details().get("chunks"),
          log.sweeps().size(),
          log.details().get("pose_source"));
      System.out.printf(
          Locale.ROOT,
          "first sweep in the world frame: %,d points, %.0f ms wall, %.0f ms CPU%n",
          first.size(),
          (w2 - w1) / 1e6,
          (c2 - c1) / 1e6);
      System.out.printf(
          Locale.ROOT,
          "open to first sweep: %.0f ms wall, %.0f ms CPU (whole process)%n",
          (w2 - w0) / 1e6,
          (c2 - c0) / 1e6);
    }
  }
}
