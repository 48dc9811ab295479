package dev.mapsmith.sampledrives;

import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.pcd.RadarPcdWriter;
import dev.mapsmith.sampledrives.kitti.FrameWriter;
import dev.mapsmith.sampledrives.kitti.KittiTime;
import dev.mapsmith.sampledrives.kitti.OxtsWriter;
import dev.mapsmith.sampledrives.scene.Scene;
import dev.mapsmith.sampledrives.sensor.CameraRenderer;
import dev.mapsmith.sampledrives.sensor.LidarModel;
import dev.mapsmith.sampledrives.sensor.LidarSimulator;
import dev.mapsmith.sampledrives.sensor.RadarSimulator;
import dev.mapsmith.sampledrives.sensor.VehicleMotion;
import dev.mapsmith.sampledrives.world.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;

/**
 * Records the sensors into a drive folder: lidar sweeps, camera images and front-radar readings
 * ({@code radar_front/}, nuScenes radar PCD) in parallel across frames (each sweep's random numbers
 * come from (seed, sweep index), so output does not depend on the thread count), then timestamps,
 * OXTS records with pose noise, and signals.csv.
 */
final class DriveRecorder {

  private final Scene scene;
  private final VehicleMotion motion;
  private final LidarModel lidar;
  private final GenerateRequest request;
  private final Scenario scenario;
  private final double biasX;
  private final double biasY;

  DriveRecorder(
      Scene scene, VehicleMotion motion, LidarModel lidar, GenerateRequest r, Scenario s) {
    this(scene, motion, lidar, r, s, 0, 0);
  }

  /** A recorder whose GNSS positions carry a constant bias (m) besides the random walk. */
  DriveRecorder(
      Scene scene,
      VehicleMotion motion,
      LidarModel lidar,
      GenerateRequest r,
      Scenario s,
      double biasX,
      double biasY) {
    this.scene = scene;
    this.motion = motion;
    this.lidar = lidar;
    this.request = r;
    this.scenario = s;
    this.biasX = biasX;
    this.biasY = biasY;
  }

  long record(Path drive, int sweeps, ProgressMonitor monitor) throws IOException {
    Path velo = Files.createDirectories(drive.resolve("velodyne_points/data"));
    Path img = Files.createDirectories(drive.resolve("image_02/data"));
    Path radarDir = Files.createDirectories(drive.resolve("radar_front/data"));
    LidarSimulator sim = new LidarSimulator(scene, motion, lidar);
    RadarSimulator radar = new RadarSimulator(scene, motion);
    CameraRenderer camera = new CameraRenderer(scene);
    AtomicLong points = new AtomicLong();
    AtomicInteger done = new AtomicInteger();
    int threads =
        request.threads() > 0 ? request.threads() : Runtime.getRuntime().availableProcessors();
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      pool.submit(
              () ->
                  IntStream.range(0, sweeps)
                      .parallel()
                      .forEach(
                          k -> {
                            monitor.checkCancelled();
                            float[] pts = sim.sweep(k * 0.1, sweepRandom(request.seed(), k));
                            points.addAndGet(pts.length / 4);
                            try {
                              FrameWriter.writeBin(velo, k, pts);
                              ImageIO.write(
                                  camera.render(motion.at(k * 0.1 + 0.05), k * 0.1 + 0.05),
                                  "png",
                                  img.resolve(FrameWriter.name(k, "png")).toFile());
                              Files.write(
                                  radarDir.resolve(FrameWriter.name(k, "pcd")),
                                  RadarPcdWriter.bytes(
                                      radar.reading(
                                          k * 0.1 + 0.05, sweepRandom(~request.seed(), k))));
                            } catch (IOException e) {
                              throw new UncheckedIOException(e);
                            }
                            int n = done.incrementAndGet();
                            monitor.progress((double) n / sweeps, "sweep " + n + "/" + sweeps);
                          }))
          .get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (c instanceof RuntimeException re) {
        throw re;
      }
      throw new IOException(c);
    } finally {
      pool.shutdownNow();
    }
    writeTimestamps(drive, sweeps);
    writeOxts(drive, sweeps);
    writeSignals(drive, sweeps);
    return points.get();
  }

  static SplittableRandom sweepRandom(long seed, int k) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 0xBF58476D1CE4E5B9L * (k + 1));
  }

  private void writeTimestamps(Path drive, int sweeps) throws IOException {
    StringBuilder mid = new StringBuilder(), start = new StringBuilder(), end = new StringBuilder();
    for (int k = 0; k < sweeps; k++) {
      start.append(KittiTime.format(KittiTime.ns(k * 0.1))).append('\n');
      mid.append(KittiTime.format(KittiTime.ns(k * 0.1 + 0.05))).append('\n');
      end.append(KittiTime.format(KittiTime.ns(k * 0.1 + 0.1))).append('\n');
    }
    Files.writeString(drive.resolve("velodyne_points/timestamps.txt"), mid.toString());
    Files.writeString(drive.resolve("velodyne_points/timestamps_start.txt"), start.toString());
    Files.writeString(drive.resolve("velodyne_points/timestamps_end.txt"), end.toString());
    Files.writeString(drive.resolve("image_02/timestamps.txt"), mid.toString());
    Files.writeString(drive.resolve("radar_front/timestamps.txt"), mid.toString());
  }

  private void writeOxts(Path drive, int sweeps) throws IOException {
    PoseNoise noise = request.poseNoise();
    SplittableRandom rng = new SplittableRandom(request.seed() * 31 + 7);
    List<OxtsWriter.Measured> records = new ArrayList<>();
    List<Long> times = new ArrayList<>();
    double wx = biasX, wy = biasY, wh = 0;
    for (int k = 0; k < sweeps; k++) {
      double t = k * 0.1 + 0.05;
      wx += noise.walkM * rng.nextGaussian();
      wy += noise.walkM * rng.nextGaussian();
      wh += noise.headingDriftRad * rng.nextGaussian();
      records.add(
          new OxtsWriter.Measured(
              motion.at(t),
              wx + noise.whiteM * rng.nextGaussian(),
              wy + noise.whiteM * rng.nextGaussian(),
              wh,
              gaussians(rng, noise.accelSigma),
              gaussians(rng, noise.gyroSigma)));
      times.add(KittiTime.ns(t));
    }
    int mode = noise == PoseNoise.NONE ? 6 : noise == PoseNoise.TYPICAL ? 5 : 2;
    OxtsWriter.write(
        drive.resolve("oxts"),
        scenario.origin(),
        records,
        times,
        noise.satellites,
        noise.accuracyM,
        mode);
  }

  private static double[] gaussians(SplittableRandom rng, double sigma) {
    return new double[] {
      sigma * rng.nextGaussian(), sigma * rng.nextGaussian(), sigma * rng.nextGaussian()
    };
  }

  private void writeSignals(Path drive, int sweeps) throws IOException {
    StringBuilder s = new StringBuilder("timestamp_ns,speed_mps,yaw_rate_rps,steering_rad\n");
    int n = sweeps * 10;
    for (int i = 0; i <= n; i++) {
      double t = i / 100.0;
      VehicleMotion.State st = motion.at(t);
      s.append(
          String.format(
              Locale.ROOT,
              "%d,%.4f,%.6f,%.6f%n",
              KittiTime.ns(t),
              st.speed(),
              st.yawRate(),
              VehicleMotion.steering(st)));
    }
    Files.writeString(drive.resolve("signals.csv"), s.toString().replace("\r\n", "\n"));
  }
}
