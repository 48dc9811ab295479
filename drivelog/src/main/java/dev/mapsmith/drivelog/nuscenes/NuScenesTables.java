package dev.mapsmith.drivelog.nuscenes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.InputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The nuScenes v1.0 JSON tables of a data root ({@code v1.0-mini/}, {@code v1.0-trainval/}, ...),
 * each indexed by {@code token}: scene, sample, sample_data, ego_pose, calibrated_sensor, sensor,
 * log.
 */
final class NuScenesTables {

  static final String[] NAMES = {
    "scene", "sample", "sample_data", "ego_pose", "calibrated_sensor", "sensor", "log"
  };

  private final Path dir;
  private final Map<String, Map<String, JsonNode>> tables;

  private NuScenesTables(Path dir, Map<String, Map<String, JsonNode>> tables) {
    this.dir = dir;
    this.tables = tables;
  }

  /** The {@code v1.0-*} folder of {@code root} that holds {@code scene.json}, or null. */
  static Path versionDir(Path root) {
    if (!Files.isDirectory(root)) {
      return null;
    }
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(p -> p.getFileName().toString().startsWith("v1.0-"))
          .filter(p -> Files.isRegularFile(p.resolve("scene.json")))
          .sorted()
          .findFirst()
          .orElse(null);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The largest table read: its JSON tree takes several times the file's bytes, so an eighth of the
   * per-file memory budget (raise -Xmx for the full trainval tables).
   */
  static long maxTableBytes() {
    return Math.min(Integer.MAX_VALUE - 8, InputFiles.budgetBytes() / 8);
  }

  static NuScenesTables read(Path root) throws DriveLogException {
    Path dir = versionDir(root);
    if (dir == null) {
      throw new DriveLogException(root, "", "no v1.0-*/scene.json: not a nuScenes data root");
    }
    ObjectMapper json = new ObjectMapper();
    Map<String, Map<String, JsonNode>> tables = new LinkedHashMap<>();
    for (String name : NAMES) {
      Path f = dir.resolve(name + ".json");
      if (!Files.exists(f)) {
        throw new DriveLogException(f, "", "nuScenes table missing");
      }
      JsonNode rows;
      try {
        rows = json.readTree(InputFiles.readAll(f, maxTableBytes(), "a nuScenes table"));
      } catch (DriveLogException e) {
        throw e;
      } catch (IOException e) {
        throw new DriveLogException(f, "", "not a JSON table: " + e.getMessage(), e);
      }
      if (rows == null || !rows.isArray()) {
        throw new DriveLogException(f, "", "a nuScenes table is a JSON array");
      }
      Map<String, JsonNode> byToken = new LinkedHashMap<>();
      for (int i = 0; i < rows.size(); i++) {
        String token = rows.get(i).path("token").asText("");
        if (token.isEmpty()) {
          throw new DriveLogException(f, "row " + i, "no token");
        }
        byToken.put(token, rows.get(i));
      }
      tables.put(name, byToken);
    }
    return new NuScenesTables(dir, tables);
  }

  Map<String, JsonNode> table(String name) {
    return tables.get(name);
  }

  /** The row of {@code table} with {@code token}; a clear error when it is missing. */
  JsonNode row(String table, String token, String from) throws DriveLogException {
    JsonNode r = tables.get(table).get(token);
    if (r == null) {
      throw new DriveLogException(
          dir.resolve(table + ".json"), "token " + token, "referenced by " + from + " but missing");
    }
    return r;
  }

  /** A {@code translation} [x, y, z] and {@code rotation} [w, x, y, z] pair. */
  static RigidTransform pose(JsonNode row, Path file) throws DriveLogException {
    JsonNode t = row.path("translation"), q = row.path("rotation");
    if (t.size() != 3 || q.size() != 4) {
      throw new DriveLogException(
          file,
          "token " + row.path("token").asText(),
          "translation needs 3 values and rotation 4 (w, x, y, z)");
    }
    try {
      return new RigidTransform(
          q.get(0).asDouble(),
          q.get(1).asDouble(),
          q.get(2).asDouble(),
          q.get(3).asDouble(),
          t.get(0).asDouble(),
          t.get(1).asDouble(),
          t.get(2).asDouble());
    } catch (IllegalArgumentException e) {
      throw new DriveLogException(file, "token " + row.path("token").asText(), e.getMessage());
    }
  }

  Path file(String table) {
    return dir.resolve(table + ".json");
  }
}
