package dev.mapsmith.drivelog.mcap;

import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.drivelog.PointClouds;
import dev.mapsmith.drivelog.mcap.ros2.PointCloud2Message;
import dev.mapsmith.drivelog.mcap.ros2.PointCloud2Points;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Where one thread's time goes when MCAP sweeps are read into the world frame (a main for the
 * benchmark notes, not a test): every chunk decompressed into reusable buffers; every sweep's CDR
 * decoded into float arrays; every decoded cloud moved into the world frame (de-skew). Each stage
 * alone, as nanoseconds of this thread's CPU time per point (garbage collection and the JIT run on
 * other threads and are not counted), best of 8 rounds of 3 passes after 2 warm-up rounds.
 *
 * <p>Usage: {@code McapReadBreakdown BAG.mcap}
 */
public final class McapReadBreakdown {

  private static final ThreadMXBean THREAD = ManagementFactory.getThreadMXBean();

  private McapReadBreakdown() {}

  interface Stage {
    void run() throws Exception;
  }

  public static void main(String[] args) throws Exception {
    try (DriveLog log = DriveLogs.open(Path.of(args[0]))) {
      McapDriveLog m = (McapDriveLog) log;
      McapFile file = m.bag();
      List<LidarSweep> sweeps = log.sweeps();
      long points = 0;
      for (LidarSweep s : sweeps) {
        points += s.pointCount();
      }
      ChunkDecoder.Buffers buffers = new ChunkDecoder.Buffers();
      report(
          "decompress every chunk (" + file.chunks().get(0).compression() + ")",
          points,
          () -> {
            for (int c = 0; c < file.chunkCount(); c++) {
              file.chunkInto(c, buffers);
            }
          });
      PointCloud2Message[] msgs = new PointCloud2Message[sweeps.size()];
      for (int i = 0; i < msgs.length; i++) {
        McapMessage msg = file.read(((McapSweep) sweeps.get(i)).ref());
        msgs[i] = PointCloud2Message.decode(msg.buffer(), msg.from(), msg.to());
      }
      report(
          "decode CDR PointCloud2 into float arrays",
          points,
          () -> {
            for (PointCloud2Message p : msgs) {
              PointCloud2Points.read(p);
            }
          });
      PointCloud[] clouds = new PointCloud[msgs.length];
      for (int i = 0; i < msgs.length; i++) {
        clouds[i] = PointCloud2Points.read(msgs[i]);
      }
      report(
          "into the world frame (per-point time, 1 ms pose buckets)",
          points,
          () -> {
            for (int i = 0; i < clouds.length; i++) {
              PointCloud c = clouds[i];
              PointCloud copy =
                  new PointCloud(
                      c.size(),
                      c.x().clone(),
                      c.y().clone(),
                      c.z().clone(),
                      c.intensity(),
                      c.time());
              PointClouds.toWorld(
                  copy,
                  sweeps.get(i).sensorToVehicle(),
                  msgs[i].header().stampNs(),
                  log.trajectory());
            }
          });
      report(
          "all of it (readInWorld, 1 thread)",
          points,
          () -> log.readInWorld(sweeps, 1, (i, c) -> {}));
      buffers.close();
    }
  }

  private static void report(String what, long points, Stage stage) throws Exception {
    double best = Double.MAX_VALUE;
    for (int r = 0; r < 10; r++) {
      long c0 = THREAD.getCurrentThreadCpuTime();
      for (int pass = 0; pass < 3; pass++) {
        stage.run();
      }
      double ns = (THREAD.getCurrentThreadCpuTime() - c0) / (3.0 * points);
      if (r >= 2) {
        best = Math.min(best, ns);
      }
    }
    System.out.printf(Locale.ROOT, "%-62s %6.1f CPU ns/point%n", what, best);
  }
}
