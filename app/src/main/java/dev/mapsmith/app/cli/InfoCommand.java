package dev.mapsmith.app.cli;

import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.CameraStream;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.DriveMetadata;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.SkippedFrame;
import dev.mapsmith.drivelog.TimedPose;
import dev.mapsmith.drivelog.map.Av2MapReader;
import dev.mapsmith.drivelog.map.Lanelet2Maps;
import dev.mapsmith.drivelog.map.MapReadResult;
import dev.mapsmith.drivelog.mcap.Ros2BagReader;
import dev.mapsmith.drivelog.mcap.TopicMap;
import dev.mapsmith.drivelog.nuscenes.NuScenesReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mapsmith info PATH}: what a drive log (KITTI raw, Argoverse 2 log, PCD) or a ground-truth
 * map (Lanelet2 {@code .osm}, Argoverse 2 map {@code .json}) holds.
 *
 * <p>Drive keys: {@code format, id, path, frame, start_ns, end_ns, duration_s, sensors, sweeps,
 * points, cameras} (name and frame count each), {@code camera_frames, radar_readings, poses,
 * trajectory_length_m, extent} (xy bounds of the trajectory, or of the cloud for a lone PCD),
 * {@code skipped} and {@code skipped_frames}, then the format's own details (for a ROS 2 bag:
 * {@code pose_source}, {@code lidar_topic}, frames, {@code notes}). Points are counted from file
 * sizes, headers or Arrow metadata, never by loading every sweep. Map keys: {@code format, path,
 * frame, primitives, classes} (count per class key), {@code problem_count} and {@code problems}
 * (each element left out and why); a Lanelet2 map adds {@code origin_source} (option,
 * map_projector_info, sidecar, map_centre or local_only: the shared origin rule, as {@code
 * generate} uses it) and {@code origin} ({@code lat, lon, alt}, or null).
 */
@Command(
    name = "info",
    description =
        "Describe a drive log (format, span, sweeps, points, cameras) or a map (classes).",
    sortOptions = false)
public final class InfoCommand extends JsonCommand {

  @Parameters(
      paramLabel = "PATH",
      description = "Drive folder, .mcap bag, .pcd, Lanelet2 .osm or AV2 .json.")
  Path path;

  @Option(
      names = "--origin",
      paramLabel = "LAT,LON[,ALT]",
      description =
          "Projection origin of a Lanelet2 map (default: map_projector_info.yaml beside it, its"
              + " .origin sidecar, else the map's centre).")
  String origin;

  @Option(
      names = "--topic-map",
      paramLabel = "KIND=TOPIC[,...]",
      description =
          "For a ROS 2 .mcap bag with several topics of a kind: lidar, odometry, gnss, imu"
              + " (default: BAG.topics.yaml or topics.yaml beside the bag, else the busiest).")
  String topicMap;

  @Option(
      names = "--scene",
      paramLabel = "NAME",
      description = "The scene of a nuScenes data root (default: its first).")
  String scene;

  @Override
  protected String name() {
    return "info";
  }

  @Override
  protected Map<String, Object> execute(ProgressMonitor progress) throws Exception {
    if (!Files.exists(path)) {
      throw new DriveLogException(path, "", "no such file or directory");
    }
    String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (OpenDriveInput.is(path) && Files.isRegularFile(path) && origin == null) {
      return OpenDriveInput.summary(path);
    }
    boolean osm = Files.isRegularFile(path) && lower.endsWith(".osm");
    boolean av2Map = Files.isRegularFile(path) && lower.endsWith(".json");
    if (origin != null && !osm) {
      throw new UsageException("--origin goes with a Lanelet2 .osm map");
    }
    if (osm || av2Map) {
      MapReadResult r = osm ? Lanelet2Maps.read(path, parseOrigin()) : Av2MapReader.read(path);
      r.problems().forEach(p -> System.err.println("mapsmith info: " + path + ": " + p));
      return MapSummary.of(path, osm ? "lanelet2" : "av2-map", r);
    }
    try (DriveLog log = openDrive()) {
      return DriveSummary.of(log, progress);
    }
  }

  private DriveLog openDrive() throws DriveLogException {
    if (scene != null) {
      if (!NuScenesReader.looks(path)) {
        throw new UsageException("--scene goes with a nuScenes data root (v1.0-*/scene.json)");
      }
      return NuScenesReader.open(path, scene);
    }
    if (topicMap == null) {
      return DriveLogs.open(path);
    }
    if (!Ros2BagReader.looks(path)) {
      throw new UsageException("--topic-map goes with a ROS 2 .mcap bag");
    }
    try {
      return Ros2BagReader.open(path, TopicMap.parse(topicMap));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--topic-map: " + e.getMessage());
    }
  }

  private GeoOrigin parseOrigin() {
    try {
      return origin == null ? null : GeoOrigin.parse(origin);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--origin: " + e.getMessage());
    }
  }

  /** The summary of a ground-truth map. */
  static final class MapSummary {
    private MapSummary() {}

    static Map<String, Object> of(Path file, String format, MapReadResult r) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("format", format);
      out.put("path", file.toString());
      out.put("frame", r.map().frame().describe());
      out.put("primitives", r.map().primitives().size());
      out.put("classes", r.map().countsByClass());
      if (r.origin() != null) {
        out.put("origin_source", r.origin().source().key());
        out.put("origin", origin(r.origin().origin()));
      }
      out.put("problem_count", r.problems().size());
      out.put("problems", r.problems());
      return out;
    }

    static Map<String, Object> origin(GeoOrigin o) {
      if (o == null) {
        return null;
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("lat", o.latDeg());
      out.put("lon", o.lonDeg());
      out.put("alt", o.altM());
      return out;
    }
  }

  /** The summary of a drive log. */
  static final class DriveSummary {
    private static final int MAX_LISTED_SKIPS = 20;

    private DriveSummary() {}

    static Map<String, Object> of(DriveLog log, ProgressMonitor progress) throws Exception {
      DriveMetadata m = log.metadata();
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("format", m.format());
      out.put("id", m.id());
      out.put("path", m.path().toString());
      out.put("frame", m.frame().describe());
      out.put("start_ns", m.startNs());
      out.put("end_ns", m.endNs());
      out.put("duration_s", m.durationSeconds());
      out.put("sensors", m.sensors());
      out.put("sweeps", log.sweeps().size());
      out.put("points", points(log.sweeps(), progress));
      List<Map<String, Object>> cameras = new ArrayList<>();
      int frames = 0;
      for (CameraStream c : log.cameras()) {
        Map<String, Object> cam = new LinkedHashMap<>();
        cam.put("name", c.name());
        cam.put("frames", c.frames().size());
        cameras.add(cam);
        frames += c.frames().size();
      }
      out.put("cameras", cameras);
      out.put("camera_frames", frames);
      out.put("radar_readings", log.radar().size());
      out.put("poses", log.trajectory().poses().size());
      out.put("trajectory_length_m", log.trajectory().length2d());
      out.put("extent", extent(log));
      out.put("skipped", log.skipped().size());
      out.put("skipped_frames", skipped(log.skipped()));
      out.putAll(log.details());
      return out;
    }

    private static long points(List<LidarSweep> sweeps, ProgressMonitor progress)
        throws DriveLogException {
      long total = 0;
      for (int i = 0; i < sweeps.size(); i++) {
        progress.checkCancelled();
        total += sweeps.get(i).pointCount();
        if (i % 64 == 0) {
          progress.progress((double) i / sweeps.size(), "counting points");
        }
      }
      return total;
    }

    private static Map<String, Object> extent(DriveLog log) throws DriveLogException {
      Bounds2 b = Bounds2.EMPTY;
      for (TimedPose p : log.trajectory().poses()) {
        b = b.include(p.vehicleToWorld().tx(), p.vehicleToWorld().ty());
      }
      if (b.isEmpty() && log.sweeps().size() == 1) {
        // a piece at a time: a PCD map larger than the heap streams
        float[] m = {
          Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY,
          Float.NEGATIVE_INFINITY, Float.NEGATIVE_INFINITY
        };
        log.sweeps()
            .get(0)
            .streamInWorld(
                log.trajectory(),
                c -> {
                  for (int i = 0; i < c.size(); i++) {
                    m[0] = Math.min(m[0], c.x()[i]);
                    m[1] = Math.min(m[1], c.y()[i]);
                    m[2] = Math.max(m[2], c.x()[i]);
                    m[3] = Math.max(m[3], c.y()[i]);
                  }
                });
        b = new Bounds2(m[0], m[1], m[2], m[3]);
      }
      if (b.isEmpty()) {
        return null;
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("min_x", b.minX());
      out.put("min_y", b.minY());
      out.put("max_x", b.maxX());
      out.put("max_y", b.maxY());
      return out;
    }

    private static List<String> skipped(List<SkippedFrame> skipped) {
      List<String> out = new ArrayList<>();
      for (SkippedFrame s : skipped.subList(0, Math.min(MAX_LISTED_SKIPS, skipped.size()))) {
        out.add(s.stream() + " " + s.index() + ": " + s.reason());
      }
      if (skipped.size() > MAX_LISTED_SKIPS) {
        out.add("... and " + (skipped.size() - MAX_LISTED_SKIPS) + " more");
      }
      return out;
    }
  }
}
