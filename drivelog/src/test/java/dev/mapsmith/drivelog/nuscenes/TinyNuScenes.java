package dev.mapsmith.drivelog.nuscenes;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a tiny nuScenes v1.0 data root: scene-a (two key frames 0.5 s apart, the ego moving 10 m
 * along x; LIDAR_TOP and RADAR_FRONT on both, plus a radar sweep between them with no ego pose of
 * its own) and scene-b (one key frame). Radar files follow the nuScenes radar PCD layout.
 */
final class TinyNuScenes {

  static final String[] FIELDS = {
    "x",
    "y",
    "z",
    "dyn_prop",
    "id",
    "rcs",
    "vx",
    "vy",
    "vx_comp",
    "vy_comp",
    "is_quality_valid",
    "ambig_state",
    "x_rms",
    "y_rms",
    "invalid_state",
    "pdh0",
    "vx_rms",
    "vy_rms"
  };
  static final int[] SIZES = {4, 4, 4, 1, 2, 4, 4, 4, 4, 4, 1, 1, 1, 1, 1, 1, 1, 1};
  static final char[] TYPES = "FFFIIFFFFFIIIIIIII".toCharArray();

  private TinyNuScenes() {}

  static void write(Path root, boolean shuffledFields) throws IOException {
    Map<String, List<Map<String, Object>>> t = new LinkedHashMap<>();
    for (String n : NuScenesTables.NAMES) {
      t.put(n, new ArrayList<>());
    }
    t.get("log").add(Map.of("token", "log1", "location", "boston-seaport"));
    t.get("sensor").add(Map.of("token", "s-lidar", "channel", "LIDAR_TOP", "modality", "lidar"));
    t.get("sensor").add(Map.of("token", "s-radar", "channel", "RADAR_FRONT", "modality", "radar"));
    t.get("calibrated_sensor").add(cs("cs-lidar", "s-lidar", 0.9));
    t.get("calibrated_sensor").add(cs("cs-radar", "s-radar", 3.4));
    scene(t, "scene-a", List.of("a1", "a2"));
    scene(t, "scene-b", List.of("b1"));
    long t0 = 1_600_000_000_000_000L;
    sample(t, root, "a1", "scene-a", t0, 100, true, shuffledFields);
    sample(t, root, "a2", "scene-a", t0 + 500_000, 110, true, shuffledFields);
    sample(t, root, "b1", "scene-b", t0 + 9_000_000, 300, false, shuffledFields);
    // a radar sweep halfway between a1 and a2, with no ego pose row
    radarData(t, root, "a1", t0 + 250_000, "missing-pose", false, shuffledFields);
    Path dir = Files.createDirectories(root.resolve("v1.0-mini"));
    ObjectMapper json = new ObjectMapper();
    for (var e : t.entrySet()) {
      json.writeValue(dir.resolve(e.getKey() + ".json").toFile(), e.getValue());
    }
  }

  private static Map<String, Object> cs(String token, String sensor, double x) {
    return Map.of(
        "token",
        token,
        "sensor_token",
        sensor,
        "translation",
        List.of(x, 0, 0.5),
        "rotation",
        List.of(1, 0, 0, 0),
        "camera_intrinsic",
        List.of());
  }

  private static void scene(
      Map<String, List<Map<String, Object>>> t, String name, List<String> samples) {
    t.get("scene")
        .add(
            Map.of(
                "token",
                "tok-" + name,
                "log_token",
                "log1",
                "name",
                name,
                "first_sample_token",
                samples.get(0),
                "last_sample_token",
                samples.get(samples.size() - 1)));
    for (int i = 0; i < samples.size(); i++) {
      t.get("sample")
          .add(
              Map.of(
                  "token",
                  samples.get(i),
                  "scene_token",
                  "tok-" + name,
                  "prev",
                  i > 0 ? samples.get(i - 1) : "",
                  "next",
                  i + 1 < samples.size() ? samples.get(i + 1) : ""));
    }
  }

  private static void sample(
      Map<String, List<Map<String, Object>>> t,
      Path root,
      String token,
      String scene,
      long us,
      double egoX,
      boolean radar,
      boolean shuffled)
      throws IOException {
    String pose = "pose-" + token;
    t.get("ego_pose")
        .add(
            Map.of(
                "token",
                pose,
                "timestamp",
                us,
                "translation",
                List.of(egoX, 0, 0),
                "rotation",
                List.of(1, 0, 0, 0)));
    String lidarFile = "samples/LIDAR_TOP/" + token + ".pcd.bin";
    ByteBuffer b = ByteBuffer.allocate(3 * 20).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < 15; i++) {
      b.putFloat(i % 5 == 3 ? 100 : i);
    }
    Files.createDirectories(root.resolve(lidarFile).getParent());
    Files.write(root.resolve(lidarFile), b.array());
    t.get("sample_data").add(data("sd-lidar-" + token, token, pose, "cs-lidar", us, lidarFile));
    if (radar) {
      radarData(t, root, token, us, pose, true, shuffled);
    }
  }

  private static void radarData(
      Map<String, List<Map<String, Object>>> t,
      Path root,
      String sample,
      long us,
      String pose,
      boolean key,
      boolean shuffled)
      throws IOException {
    String file = (key ? "samples" : "sweeps") + "/RADAR_FRONT/" + sample + "-" + us + ".pcd";
    Files.createDirectories(root.resolve(file).getParent());
    Files.write(root.resolve(file), radarPcd(shuffled));
    Map<String, Object> d =
        new LinkedHashMap<>(data("sd-radar-" + us, sample, pose, "cs-radar", us, file));
    d.put("is_key_frame", key);
    t.get("sample_data").add(d);
  }

  private static Map<String, Object> data(
      String token, String sample, String pose, String cs, long us, String file) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("token", token);
    d.put("sample_token", sample);
    d.put("ego_pose_token", pose);
    d.put("calibrated_sensor_token", cs);
    d.put("timestamp", us);
    d.put("is_key_frame", true);
    d.put("filename", file);
    d.put("width", 0);
    d.put("height", 0);
    return d;
  }

  /**
   * Four returns: moving (kept), stationary (kept), stopped (dyn_prop 7, dropped by the devkit's
   * default filter), and one with invalid_state 1 (dropped).
   */
  static byte[] radarPcd(boolean shuffled) {
    double[][] rows = {
      // x y z dyn id rcs vx vy vxc vyc valid ambig xrms yrms invalid pdh0 vxrms vyrms
      {30, 1, 0, 0, 1, -5, -3, 0, 4.5, 0.25, 1, 3, 0, 0, 0, 0, 0, 0},
      {20, -2, 0, 1, 2, 12.5, -8, 0, 0, 0, 1, 3, 0, 0, 0, 0, 0, 0},
      {25, 0, 0, 7, 3, 3, -8, 0, 0, 0, 1, 3, 0, 0, 0, 0, 0, 0},
      {40, 5, 0, 0, 4, 1, 2, 0, 10, 0, 1, 3, 0, 0, 1, 0, 0, 0}
    };
    int[] order = new int[FIELDS.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = shuffled ? order.length - 1 - i : i;
    }
    StringBuilder h =
        new StringBuilder("# .PCD v0.7 - Point Cloud Data file format\nVERSION 0.7\n");
    StringBuilder f = new StringBuilder("FIELDS"),
        s = new StringBuilder("SIZE"),
        ty = new StringBuilder("TYPE"),
        c = new StringBuilder("COUNT");
    int stride = 0;
    for (int k : order) {
      f.append(' ').append(FIELDS[k]);
      s.append(' ').append(SIZES[k]);
      ty.append(' ').append(TYPES[k]);
      c.append(" 1");
      stride += SIZES[k];
    }
    h.append(f)
        .append('\n')
        .append(s)
        .append('\n')
        .append(ty)
        .append('\n')
        .append(c)
        .append("\nWIDTH ")
        .append(rows.length)
        .append("\nHEIGHT 1\nVIEWPOINT 0 0 0 1 0 0 0\nPOINTS ")
        .append(rows.length)
        .append("\nDATA binary\n");
    ByteBuffer b = ByteBuffer.allocate(stride * rows.length).order(ByteOrder.LITTLE_ENDIAN);
    for (double[] r : rows) {
      for (int k : order) {
        if (TYPES[k] == 'F') {
          b.putFloat((float) r[k]);
        } else if (SIZES[k] == 2) {
          b.putShort((short) r[k]);
        } else {
          b.put((byte) r[k]);
        }
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(h.toString().getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(b.array());
    return out.toByteArray();
  }
}
