package dev.mapsmith.drivelog.bench;

import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.drivelog.kitti.KittiTestDrives;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drive-log read speed, one run, all figures printed (a main, not a test).
 *
 * <ol>
 *   <li>KITTI {@code .bin}: a drive of SWEEPS sweeps × POINTS points (random points within 80 m),
 *       read with {@link DriveLogs#open} and every sweep's {@link LidarSweep#loadInWorld} (mmap,
 *       decode, sensor→vehicle→world transform in one pass), on 1 and on 2 threads; files warm in
 *       the page cache; median of 5 timed rounds after 2 warm-up rounds.
 *   <li>PCL on the same points: one binary PCD (x y z intensity, float32) with all of them, loaded
 *       by {@code pcl_pcd2ply}; PCL's own printed load time ({@code Loading ... [done, T ms]}, the
 *       {@code pcl::io::loadPCDFile} call into a PCLPointCloud2) is used, not the process time;
 *       median of 5 runs after one warm-up. Also {@code pcl_transform_point_cloud}: its printed
 *       load plus transform times (load into PCLPointCloud2, convert, rigid transform).
 *   <li>Argoverse 2 feather: the fixture sweep (LZ4, float16) decoded by {@link LidarSweep#load}
 *       REPEAT times on 1 and 2 threads.
 * </ol>
 *
 * <p>Usage: {@code DrivelogBench WORKDIR [SWEEPS] [POINTS] [AV2_LOG_DIR] [REPEAT]}; SWEEPS 0 skips
 * the KITTI and PCL part.
 */
public final class DrivelogBench {

  private static final Pattern PCL_TRANSFORM =
      Pattern.compile("Transforming \\[done, ([0-9.]+) ms");
  private static final Pattern PCL_LOAD =
      Pattern.compile("Loading .*\\[done, ([0-9.]+) ms : (\\d+)");

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    int sweeps = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int perSweep = args.length > 2 ? Integer.parseInt(args[2]) : 120_000;
    Path av2 = args.length > 3 ? Path.of(args[3]) : null;
    int repeat = args.length > 4 ? Integer.parseInt(args[4]) : 200;
    Files.createDirectories(work);
    System.out.printf(
        Locale.ROOT,
        "machine: %d cores visible to the JVM, %s %s%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"));

    if (sweeps > 0) {
      kittiAndPcl(work, sweeps, perSweep);
    }
    av2(av2, repeat);
  }

  private static void kittiAndPcl(Path work, int sweeps, int perSweep) throws Exception {
    Path drive = writeDrive(work.resolve("kitti"), sweeps, perSweep);
    long total = (long) sweeps * perSweep;
    double kitti1 = median(() -> readKitti(drive, 1, total));
    double kitti2 = median(() -> readKitti(drive, 2, total));
    report("KITTI .bin -> world, 1 thread", total, kitti1);
    report("KITTI .bin -> world, 2 threads", total, kitti2);

    Path pcd = work.resolve("all.pcd");
    writePcd(drive, pcd, total);
    double pcl =
        pclSeconds(total, false, "pcl_pcd2ply", pcd.toString(), work.resolve("o.ply").toString());
    report("PCL pcl_pcd2ply: load binary PCD (printed load time)", total, pcl);
    double pclT =
        pclSeconds(
            total,
            true,
            "pcl_transform_point_cloud",
            pcd.toString(),
            work.resolve("o.pcd").toString(),
            "-trans",
            "1.5,-2,0.9",
            "-quat",
            "0,0,0.3826834,0.9238795");
    report("PCL pcl_transform_point_cloud: load + transform (printed)", total, pclT);
    System.out.printf(
        Locale.ROOT,
        "ratio ours/PCL load: 1 thread %.2f, 2 threads %.2f; ours/PCL load+transform: %.2f, %.2f%n",
        pcl / kitti1,
        pcl / kitti2,
        pclT / kitti1,
        pclT / kitti2);
  }

  private static void av2(Path av2, int repeat) throws Exception {
    if (av2 != null && Files.isDirectory(av2)) {
      LidarSweep s;
      try (DriveLog log = DriveLogs.open(av2)) {
        s = log.sweeps().get(0);
      }
      int n = s.load().size();
      long avTotal = (long) n * repeat;
      double a1 = median(() -> decodeAv2(s, repeat, 1, n));
      double a2 = median(() -> decodeAv2(s, repeat, 2, n));
      report("AV2 feather decode (" + n + " points x " + repeat + "), 1 thread", avTotal, a1);
      report("AV2 feather decode (" + n + " points x " + repeat + "), 2 threads", avTotal, a2);
    } else {
      System.out.println("AV2: no log folder given or found; skipped");
    }
  }

  interface Timed {
    void run() throws Exception;
  }

  private static double median(Timed t) throws Exception {
    t.run();
    t.run();
    double[] s = new double[5];
    for (int i = 0; i < s.length; i++) {
      long start = System.nanoTime();
      t.run();
      s[i] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(s);
    return s[2];
  }

  private static void report(String what, long points, double seconds) {
    System.out.printf(
        Locale.ROOT,
        "%-62s %,12d points %8.3f s %8.1f M points/s%n",
        what,
        points,
        seconds,
        points / seconds / 1e6);
  }

  private static void readKitti(Path drive, int threads, long expected) throws Exception {
    try (DriveLog log = DriveLogs.open(drive)) {
      List<LidarSweep> sweeps = log.sweeps();
      long got = forEach(sweeps.size(), threads, i -> sweeps.get(i).loadInWorld(log.trajectory()));
      if (got != expected) {
        throw new IllegalStateException("read " + got + " points, expected " + expected);
      }
    }
  }

  private static void decodeAv2(LidarSweep s, int repeat, int threads, int n) throws Exception {
    long got = forEach(repeat, threads, i -> s.load());
    if (got != (long) n * repeat) {
      throw new IllegalStateException("decoded " + got);
    }
  }

  interface Load {
    PointCloud load(int i) throws Exception;
  }

  /** Runs {@code load} for 0..count-1 on {@code threads} threads; returns the points loaded. */
  private static long forEach(int count, int threads, Load load) throws Exception {
    if (threads == 1) {
      long sum = 0;
      for (int i = 0; i < count; i++) {
        sum += load.load(i).size();
      }
      return sum;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        parts.add(
            pool.submit(
                () -> {
                  long sum = 0;
                  for (int i = first; i < count; i += threads) {
                    sum += load.load(i).size();
                  }
                  return sum;
                }));
      }
      long sum = 0;
      for (Future<Long> f : parts) {
        sum += f.get();
      }
      return sum;
    } finally {
      pool.shutdown();
    }
  }

  static Path writeDrive(Path root, int sweeps, int perSweep) throws IOException {
    if (Files.isDirectory(root)) {
      try (var s = Files.walk(root)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Path drive = KittiTestDrives.write(root, sweeps);
    SplittableRandom rnd = new SplittableRandom(7);
    ByteBuffer b = ByteBuffer.allocate(perSweep * 16).order(ByteOrder.LITTLE_ENDIAN);
    for (int k = 0; k < sweeps; k++) {
      b.clear();
      for (int i = 0; i < perSweep; i++) {
        double a = rnd.nextDouble(2 * Math.PI), r = rnd.nextDouble(2, 80);
        b.putFloat((float) (r * Math.cos(a)))
            .putFloat((float) (r * Math.sin(a)))
            .putFloat((float) rnd.nextDouble(-2, 3))
            .putFloat((float) rnd.nextDouble());
      }
      Files.write(
          drive.resolve(String.format("velodyne_points/data/%010d.bin", k)),
          Arrays.copyOf(b.array(), b.position()));
    }
    return drive;
  }

  /** All sweeps' raw points in one binary PCD (x y z intensity, float32). */
  private static void writePcd(Path drive, Path pcd, long total) throws IOException {
    String header =
        "# .PCD v0.7 - Point Cloud Data file format\nVERSION 0.7\nFIELDS x y z intensity\n"
            + "SIZE 4 4 4 4\nTYPE F F F F\nCOUNT 1 1 1 1\nWIDTH "
            + total
            + "\nHEIGHT 1\nVIEWPOINT 0 0 0 1 0 0 0\nPOINTS "
            + total
            + "\nDATA binary\n";
    try (OutputStream out = Files.newOutputStream(pcd)) {
      out.write(header.getBytes(StandardCharsets.US_ASCII));
      List<Path> bins;
      try (var s = Files.list(drive.resolve("velodyne_points/data"))) {
        bins = s.sorted().toList();
      }
      for (Path bin : bins) {
        out.write(Files.readAllBytes(bin));
      }
    }
  }

  /**
   * Median over 5 runs (after one warm-up) of the times the PCL tool prints for loading and, with
   * {@code transform}, transforming; the process start and the save are not counted.
   */
  private static double pclSeconds(long expected, boolean transform, String... cmd)
      throws Exception {
    pclRun(expected, transform, cmd);
    double[] ms = new double[5];
    for (int i = 0; i < ms.length; i++) {
      ms[i] = pclRun(expected, transform, cmd);
    }
    Arrays.sort(ms);
    return ms[2] / 1000;
  }

  private static double pclRun(long expected, boolean transform, String... cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    Matcher load = PCL_LOAD.matcher(out);
    Matcher tr = PCL_TRANSFORM.matcher(out);
    if (!load.find() || Long.parseLong(load.group(2)) != expected || (transform && !tr.find())) {
      throw new IllegalStateException("unexpected " + cmd[0] + " output:\n" + out);
    }
    return Double.parseDouble(load.group(1)) + (transform ? Double.parseDouble(tr.group(1)) : 0);
  }
}
