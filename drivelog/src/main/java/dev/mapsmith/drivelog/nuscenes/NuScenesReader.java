package dev.mapsmith.drivelog.nuscenes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.io.FileKind;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.DriveMetadata;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.RadarSweep;
import dev.mapsmith.drivelog.SkippedFrame;
import dev.mapsmith.drivelog.TimedPose;
import dev.mapsmith.drivelog.pcd.RadarPcdSweep;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Opens one scene of a nuScenes v1.0 data root: {@code LIDAR_TOP} key frames and sweeps, the
 * cameras, the radars, calibrations, and the ego poses of every sample data as the trajectory (so a
 * sensor that fires between two poses gets an interpolated one). The frame is the log's map
 * location ({@code local(nuscenes:singapore-onenorth)}). Files that are missing are skipped and
 * listed.
 */
public final class NuScenesReader {

  private NuScenesReader() {}

  /** A folder holding {@code v1.0-*}/scene.json. */
  public static boolean looks(Path p) {
    return NuScenesTables.versionDir(p) != null;
  }

  /** Opens the first scene. */
  public static DriveLog open(Path root) throws DriveLogException {
    return open(root, null);
  }

  /** Opens the scene named {@code sceneName} (null: the first). */
  public static DriveLog open(Path root, String sceneName) throws DriveLogException {
    NuScenesTables t = NuScenesTables.read(root);
    JsonNode scene = scene(t, sceneName);
    List<JsonNode> data = sampleData(t, scene);
    List<SkippedFrame> skipped = new ArrayList<>();
    TreeMap<Long, TimedPose> poses = new TreeMap<>();
    List<LidarSweep> sweeps = new ArrayList<>();
    List<RadarSweep> radar = new ArrayList<>();
    NuScenesCameras cameras = new NuScenesCameras();
    for (JsonNode d : data) {
      String token = d.path("token").asText();
      JsonNode cs =
          t.row(
              "calibrated_sensor",
              d.path("calibrated_sensor_token").asText(),
              "sample_data " + token);
      JsonNode sensor = t.row("sensor", cs.path("sensor_token").asText(), "calibrated_sensor");
      String channel = sensor.path("channel").asText();
      String modality = sensor.path("modality").asText();
      long ns = d.path("timestamp").asLong() * 1000;
      JsonNode ego = t.table("ego_pose").get(d.path("ego_pose_token").asText());
      if (ego != null) {
        poses.put(ns, new TimedPose(ns, NuScenesTables.pose(ego, t.file("ego_pose"))));
      }
      RigidTransform mount = NuScenesTables.pose(cs, t.file("calibrated_sensor"));
      Path file = root.resolve(d.path("filename").asText());
      String kind = FileKind.notRegular(file, true);
      if (kind != null) {
        String why = kind.equals("missing") ? "file missing" : "is " + kind + ", not a file";
        skipped.add(new SkippedFrame(channel, 0, file, file + ": " + why));
        continue;
      }
      switch (modality) {
        case "lidar" -> {
          if (channel.equals("LIDAR_TOP")) {
            sweeps.add(new NuScenesLidarSweep(sweeps.size(), ns, file, mount));
          }
        }
        case "radar" -> radar.add(new RadarPcdSweep(radar.size(), ns, channel, mount, file));
        case "camera" -> cameras.add(channel, d, cs, mount, ns, file);
        default -> skipped.add(new SkippedFrame(channel, 0, file, "unknown modality " + modality));
      }
    }
    PoseTrajectory trajectory = new PoseTrajectory(List.copyOf(poses.values()));
    JsonNode log = t.row("log", scene.path("log_token").asText(), "scene");
    String location = log.path("location").asText("unknown");
    String name = scene.path("name").asText();
    long start = data.isEmpty() ? 0 : data.get(0).path("timestamp").asLong() * 1000;
    long end = data.isEmpty() ? 0 : data.get(data.size() - 1).path("timestamp").asLong() * 1000;
    List<String> sensors = new ArrayList<>();
    if (!sweeps.isEmpty()) {
      sensors.add("LIDAR_TOP");
    }
    cameras.streams().forEach(c -> sensors.add(c.name()));
    radar.stream().map(RadarSweep::sensor).distinct().sorted().forEach(sensors::add);
    DriveMetadata meta =
        new DriveMetadata(
            name,
            "nuscenes",
            root,
            new NamedLocalFrame("nuscenes:" + location),
            start,
            end,
            sensors);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("scene", name);
    details.put(
        "scenes", t.table("scene").values().stream().map(s -> s.path("name").asText()).toList());
    details.put("location", location);
    details.put(
        "key_frames",
        data.stream()
            .filter(d -> d.path("is_key_frame").asBoolean())
            .map(d -> d.path("sample_token").asText())
            .distinct()
            .count());
    details.put("radar_sweeps", radar.size());
    return new NuScenesDriveLog(
        meta, trajectory, sweeps, cameras.streams(), radar, skipped, details);
  }

  private static JsonNode scene(NuScenesTables t, String name) throws DriveLogException {
    for (JsonNode s : t.table("scene").values()) {
      if (name == null || s.path("name").asText().equals(name)) {
        return s;
      }
    }
    throw new DriveLogException(
        t.file("scene"),
        "",
        name == null
            ? "no scene"
            : "no scene named '"
                + name
                + "' (scenes: "
                + t.table("scene").values().stream().map(s -> s.path("name").asText()).toList()
                + ")");
  }

  /** The scene's sample data (key frames and sweeps of every sensor), in time order. */
  private static List<JsonNode> sampleData(NuScenesTables t, JsonNode scene)
      throws DriveLogException {
    Set<String> samples = new HashSet<>();
    String token = scene.path("first_sample_token").asText();
    while (!token.isEmpty() && samples.add(token)) {
      token =
          t.row("sample", token, "scene " + scene.path("name").asText()).path("next").asText("");
    }
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode d : t.table("sample_data").values()) {
      if (samples.contains(d.path("sample_token").asText())) {
        out.add(d);
      }
    }
    out.sort(Comparator.comparingLong(d -> d.path("timestamp").asLong()));
    return out;
  }
}
