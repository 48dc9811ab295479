package dev.mapsmith.sampledrives;

import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.map.Lanelet2Output;
import dev.mapsmith.sampledrives.kitti.Calibration;
import dev.mapsmith.sampledrives.kitti.KittiTime;
import dev.mapsmith.sampledrives.scene.Scene;
import dev.mapsmith.sampledrives.scene.SceneBuilder;
import dev.mapsmith.sampledrives.sensor.LidarModel;
import dev.mapsmith.sampledrives.sensor.VehicleMotion;
import dev.mapsmith.sampledrives.world.MapScenario;
import dev.mapsmith.sampledrives.world.RouteGraph;
import dev.mapsmith.sampledrives.world.Scenario;
import dev.mapsmith.sampledrives.world.change.ChangePlanner;
import dev.mapsmith.sampledrives.world.change.ChangeRequest;
import dev.mapsmith.sampledrives.world.change.ChangedWorld;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Generates a sample drive in the KITTI raw layout with its ground truth. Output goes to a
 * temporary folder beside {@code outDir} and is moved into place at the end, so a failure or a
 * cancel leaves nothing half-written. Layout: {@code outDir/2026_01_15/} holds the calibration
 * files and the drive folder {@code 2026_01_15_drive_NNNN_sync/} (velodyne_points, oxts, image_02,
 * signals.csv, ground_truth/), where NNNN is the seed modulo 10000, so drives of different seeds
 * have different ids when they go into one project.
 */
public final class SampleDrives {

  /** The drive folder's name for a seed: the KITTI name with the drive number taken from it. */
  public static String driveName(long seed) {
    return String.format(
        java.util.Locale.ROOT, "%s_drive_%04d_sync", KittiTime.DATE, Math.floorMod(seed, 10000L));
  }

  /** The map before the changes of a changed world, in ground_truth/. */
  public static final String PRIOR_MAP = "prior.osm";

  /** The list of changes of a changed world, in ground_truth/. */
  public static final String CHANGES_FILE = "changes.json";

  private SampleDrives() {}

  /** Builds the scenario a request names: a built-in one or one read from a map file. */
  public static Scenario scenario(GenerateRequest r) throws IOException {
    return source(r).scenario();
  }

  private static MapScenario.Loaded source(GenerateRequest r) throws IOException {
    return r.scenario() != null
        ? new MapScenario.Loaded(Scenarios.build(r.scenario(), r.seed()), null, List.of())
        : MapScenario.read(r.map(), r.origin(), r.route(), 11);
  }

  public static GeneratedDrive generate(GenerateRequest r, Path outDir, ProgressMonitor monitor)
      throws IOException {
    return generate(r, (ChangeRequest) null, outDir, monitor);
  }

  /**
   * As {@link #generate(GenerateRequest, Path, ProgressMonitor)}, in a world changed as {@code
   * changes} asks (null: unchanged): the drive and map.osm show the world after the changes,
   * ground_truth/prior.osm is the map before them and ground_truth/changes.json lists them. The
   * vehicle drives the route of the prior map.
   */
  public static GeneratedDrive generate(
      GenerateRequest r, ChangeRequest changes, Path outDir, ProgressMonitor monitor)
      throws IOException {
    MapScenario.Loaded source = source(r);
    return record(source, source.scenario(), r, 0, 0, changes, outDir, monitor);
  }

  /**
   * Generates one traversal of the world {@code r} names (a town's layout still comes from {@code
   * r.seed()}): its own route, speed, surroundings, lidar and pose-noise draws and GNSS bias come
   * from {@code t}; the drive folder is named after {@code t.drawSeed()}.
   */
  public static GeneratedDrive generate(
      GenerateRequest r, Traversal t, Path outDir, ProgressMonitor monitor) throws IOException {
    MapScenario.Loaded source = source(r);
    Scenario w = source.scenario();
    List<Long> route =
        t.index() == 0
            ? w.route()
            : new RouteGraph(w.truth())
                .randomWalk(new java.util.SplittableRandom(t.drawSeed()), 32);
    Scenario s =
        new Scenario(
            w.name(),
            w.truth(),
            w.origin(),
            route,
            w.speedMps() * t.speedFactor(),
            w.urban(),
            w.dressing(),
            w.layouts());
    return record(source, s, r.withSeed(t.drawSeed()), t.biasX(), t.biasY(), null, outDir, monitor);
  }

  private static GeneratedDrive record(
      MapScenario.Loaded source,
      Scenario s,
      GenerateRequest r,
      double biasX,
      double biasY,
      ChangeRequest changes,
      Path outDir,
      ProgressMonitor monitor)
      throws IOException {
    if (Files.exists(outDir) && !isEmptyDir(outDir)) {
      throw new IOException(outDir + ": output folder exists and is not empty");
    }
    monitor.progress(0, "building the world");
    RouteGraph graph = new RouteGraph(s.truth());
    VehicleMotion motion = new VehicleMotion(graph.centreline(s.route()), s.speedMps());
    double duration = Math.min(r.durationS(), motion.maxDuration());
    int sweeps = (int) Math.floor(duration * 10 + 1e-9);
    if (sweeps < 1) {
      throw new IOException(
          "the route is too short to drive: " + String.format("%.1f", duration) + " s");
    }
    ChangedWorld changed = null;
    if (changes != null) {
      changed = ChangePlanner.apply(s.truth(), drivenPath(motion, duration), changes);
      s = afterChanges(s, changed);
    }
    Scene scene = SceneBuilder.build(s, r.seed());
    LidarModel lidar =
        (r.beams() == 64 ? LidarModel.hdl64(r.lidarNoise()) : LidarModel.hdl32(r.lidarNoise()))
            .withIntensityLevels(r.intensityBits() == 0 ? 0 : (1 << r.intensityBits()) - 1);
    Path parent = outDir.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempDirectory(parent, "." + outDir.getFileName() + ".tmp-");
    try {
      Path date = Files.createDirectories(tmp.resolve(KittiTime.DATE));
      Path drive = Files.createDirectories(date.resolve(driveName(r.seed())));
      Calibration.write(date);
      long points =
          new DriveRecorder(scene, motion, lidar, r, s, biasX, biasY)
              .record(drive, sweeps, monitor.slice(0, 0.97));
      TruthWriter.write(drive.resolve("ground_truth"), s, motion, duration, sweeps);
      if (changed != null) {
        Lanelet2Output.write(
            changed.prior(),
            new LocalEnuFrame(s.origin()),
            drive.resolve("ground_truth/" + PRIOR_MAP));
        ChangesJson.write(drive.resolve("ground_truth/" + CHANGES_FILE), changed, changes);
      }
      ScenarioJson.write(
          drive.resolve("ground_truth/scenario.json"),
          r,
          s,
          lidar,
          duration,
          sweeps,
          points,
          motion.routeLength());
      monitor.checkCancelled();
      if (Files.exists(outDir)) {
        Files.delete(outDir);
      }
      Files.move(tmp, outDir, StandardCopyOption.ATOMIC_MOVE);
      monitor.progress(1, "done");
      Path finalDrive = outDir.resolve(KittiTime.DATE).resolve(driveName(r.seed()));
      return new GeneratedDrive(
          finalDrive,
          sweeps,
          points,
          finalDrive.resolve("ground_truth/map.osm"),
          source.origin() == null ? null : source.origin().source().key(),
          source.problems());
    } catch (IOException | RuntimeException e) {
      deleteTree(tmp);
      throw e;
    }
  }

  /** The vehicle's path over the drive, a point every half second. */
  private static List<double[]> drivenPath(VehicleMotion motion, double duration) {
    List<double[]> path = new ArrayList<>();
    for (double t = 0; t <= duration + 1e-9; t += 0.5) {
      VehicleMotion.State st = motion.at(t);
      path.add(new double[] {st.x(), st.y()});
    }
    return path;
  }

  private static Scenario afterChanges(Scenario s, ChangedWorld changed) {
    return new Scenario(
        s.name(),
        changed.after(),
        s.origin(),
        s.route(),
        s.speedMps(),
        s.urban(),
        s.dressing(),
        s.layouts());
  }

  static boolean isEmptyDir(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
