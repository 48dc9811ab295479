package dev.mapsmith.drivelog.av2;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.CameraStream;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.DriveMetadata;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.SignalSeries;
import dev.mapsmith.drivelog.SimpleDriveLog;
import dev.mapsmith.drivelog.SkippedFrame;
import dev.mapsmith.drivelog.TimedPose;
import dev.mapsmith.drivelog.map.Av2MapReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Opens an Argoverse 2 sensor log folder: lidar sweeps from {@code sensors/lidar/*.feather}, ego
 * poses from {@code city_SE3_egovehicle.feather}, cameras when {@code calibration/} is present. The
 * frame is the city's named local frame (from the map file name in {@code map/}, e.g. {@code
 * local(PIT)}), or {@code local(av2:<log id>)} when the log has no map. Sweeps with a bad schema or
 * without an exact pose at their timestamp are skipped and listed.
 */
public final class Av2LogReader {

  static final String POSES = "city_SE3_egovehicle.feather";
  static final List<String> POSE_COLUMNS =
      List.of("timestamp_ns", "qw", "qx", "qy", "qz", "tx_m", "ty_m", "tz_m");

  private Av2LogReader() {}

  public static boolean looks(Path p) {
    return Files.isDirectory(p)
        && (Files.isRegularFile(p.resolve(POSES)) || Files.isDirectory(p.resolve("sensors/lidar")));
  }

  public static DriveLog open(Path log) throws DriveLogException {
    if (!Files.isReadable(log)) {
      throw new DriveLogException(log, "", "directory is not readable (permission denied)");
    }
    List<SkippedFrame> skipped = new ArrayList<>();
    Path posesFile = log.resolve(POSES);
    if (!Files.isRegularFile(posesFile)) {
      throw new DriveLogException(posesFile, "", "ego poses missing");
    }
    List<TimedPose> poses = readPoses(posesFile);
    PoseTrajectory trajectory = new PoseTrajectory(poses);
    java.util.Set<Long> poseTimes = new java.util.HashSet<>();
    poses.forEach(p -> poseTimes.add(p.timestampNs()));

    List<LidarSweep> sweeps = new ArrayList<>();
    int index = 0;
    for (Path f : list(log.resolve("sensors/lidar"), ".feather")) {
      int i = index++;
      String name = f.getFileName().toString();
      long ts;
      try {
        ts = Long.parseLong(name.substring(0, name.length() - ".feather".length()));
      } catch (NumberFormatException e) {
        skipped.add(new SkippedFrame("lidar", i, f, "file name is not a timestamp in ns"));
        continue;
      }
      try {
        Feather.requireColumns(f, Feather.columns(f), Av2Sweep.COLUMNS, false);
      } catch (DriveLogException e) {
        skipped.add(new SkippedFrame("lidar", i, f, e.getMessage()));
        continue;
      }
      if (!poseTimes.contains(ts)) {
        skipped.add(
            new SkippedFrame("lidar", i, f, POSES + " has no pose at the sweep's timestamp " + ts));
        continue;
      }
      sweeps.add(new Av2Sweep(i, ts, f));
    }
    List<CameraStream> cameras = Av2Cameras.read(log, skipped);
    String id = log.toAbsolutePath().normalize().getFileName().toString();
    long start = poses.isEmpty() ? 0 : poses.get(0).timestampNs();
    long end = poses.isEmpty() ? 0 : poses.get(poses.size() - 1).timestampNs();
    if (!sweeps.isEmpty()) {
      start = Math.min(start, sweeps.get(0).timestampNs());
      end = Math.max(end, sweeps.get(sweeps.size() - 1).timestampNs());
    }
    List<String> sensors = new ArrayList<>(List.of("lidar"));
    cameras.forEach(c -> sensors.add(c.name()));
    DriveMetadata meta = new DriveMetadata(id, "av2", log, frameOf(log, id), start, end, sensors);
    return new SimpleDriveLog(meta, trajectory, sweeps, cameras, SignalSeries.EMPTY, skipped);
  }

  /** The log's city frame, from its map file name. */
  public static FrameOfReference frameOf(Path log, String id) throws DriveLogException {
    Optional<Path> map = mapFile(log);
    return map.isPresent()
        ? Av2MapReader.frameOf(Av2MapReader.cityOf(map.get()))
        : new NamedLocalFrame("av2:" + id);
  }

  /** The log's {@code map/log_map_archive_*.json}, if any. */
  public static Optional<Path> mapFile(Path log) throws DriveLogException {
    return list(log.resolve("map"), ".json").stream()
        .filter(p -> p.getFileName().toString().startsWith("log_map_archive_"))
        .findFirst();
  }

  static List<TimedPose> readPoses(Path file) throws DriveLogException {
    Feather.requireColumns(file, Feather.columns(file), POSE_COLUMNS, false);
    List<TimedPose> out = new ArrayList<>();
    Feather.read(
        file,
        (b, first) -> {
          var ts = Columns.vector(file, b, "timestamp_ns");
          var v = new org.apache.arrow.vector.FieldVector[7];
          for (int c = 0; c < 7; c++) {
            v[c] = Columns.vector(file, b, POSE_COLUMNS.get(c + 1));
          }
          for (int i = 0; i < b.getRowCount(); i++) {
            double[] d = new double[7];
            for (int c = 0; c < 7; c++) {
              d[c] = Columns.doubleAt(file, v[c], i);
            }
            try {
              out.add(
                  new TimedPose(
                      Columns.longAt(file, ts, i),
                      new RigidTransform(d[0], d[1], d[2], d[3], d[4], d[5], d[6])));
            } catch (IllegalArgumentException e) {
              throw new DriveLogException(file, "row " + (first + i), e.getMessage());
            }
          }
        });
    out.sort(java.util.Comparator.comparingLong(TimedPose::timestampNs));
    for (int i = 1; i < out.size(); i++) {
      if (out.get(i).timestampNs() == out.get(i - 1).timestampNs()) {
        throw new DriveLogException(
            file, "timestamp_ns " + out.get(i).timestampNs(), "two poses share this timestamp");
      }
    }
    return out;
  }

  static List<Path> list(Path dir, String ext) throws DriveLogException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(ext)).sorted().toList();
    } catch (IOException e) {
      throw new DriveLogException(dir, "", "cannot list directory: " + e, e);
    }
  }
}
