package dev.mapsmith.app.cli.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a suite file (format in bench/suites/README.md). Every fault is an {@link
 * IllegalArgumentException} naming the file and the world entry (index and id): bad JSON, a missing
 * or unknown field, an unknown kind or layout type, a map file that is not there.
 */
public final class SuiteReader {

  private static final Set<String> TOP_KEYS =
      Set.of(
          "suite",
          "about",
          "maps_root",
          "methods",
          "pose_noise",
          "duration_s",
          "validation_drives",
          "worlds");
  private static final Set<String> WORLD_KEYS =
      Set.of(
          "id",
          "kind",
          "scenario",
          "map",
          "town",
          "layouts",
          "duration_s",
          "seeds",
          "route",
          "origin",
          "note");

  private final Path file;

  private SuiteReader(Path file) {
    this.file = file;
  }

  public static Suite read(Path file) {
    return new SuiteReader(file).read();
  }

  private Suite read() {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      throw fault("not valid JSON: " + e.getOriginalMessage() + location(e));
    } catch (IOException e) {
      throw fault("cannot read: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw fault("expected a JSON object with \"worlds\"");
    }
    unknownKeys(root, TOP_KEYS, "the suite");
    Path base = file.toAbsolutePath().getParent();
    Path mapsRoot = base.resolve(text(root, "maps_root", "../../../shared/worlds", "the suite"));
    double duration = number(root, "duration_s", 10, "the suite");
    JsonNode worlds = root.get("worlds");
    if (worlds == null || !worlds.isArray() || worlds.isEmpty()) {
      throw fault("\"worlds\" must be a non-empty list");
    }
    List<SuiteWorld> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < worlds.size(); i++) {
      SuiteWorld w = world(worlds.get(i), i, mapsRoot, duration);
      if (!ids.add(w.id())) {
        throw fault("world " + (i + 1) + ": id '" + w.id() + "' is used twice");
      }
      out.add(w);
    }
    String name = text(root, "suite", file.getFileName().toString().replace(".json", ""), "");
    return new Suite(
        name,
        file,
        out,
        strings(root, "methods", List.of("classical", "learned"), "the suite"),
        strings(root, "pose_noise", List.of("none", "typical"), "the suite"),
        root.has("validation_drives") ? longs(root, "validation_drives", "the suite") : List.of());
  }

  private SuiteWorld world(JsonNode n, int index, Path mapsRoot, double defaultDuration) {
    String where = "world " + (index + 1);
    if (n == null || !n.isObject()) {
      throw fault(where + ": expected an object");
    }
    String id = text(n, "id", null, where);
    where += " ('" + id + "')";
    unknownKeys(n, WORLD_KEYS, where);
    String kindKey = text(n, "kind", null, where);
    WorldKind kind =
        WorldKind.fromKey(kindKey)
            .orElseThrow(
                () ->
                    fault(
                        "world "
                            + (index + 1)
                            + " ('"
                            + id
                            + "'): unknown kind '"
                            + kindKey
                            + "'; use scenario, map or town"));
    String scenario = kind == WorldKind.SCENARIO ? text(n, "scenario", null, where) : null;
    String town = kind == WorldKind.TOWN ? text(n, "town", null, where) : null;
    Path map = null;
    if (kind == WorldKind.MAP) {
      String rel = text(n, "map", null, where);
      map = mapsRoot.resolve(rel).normalize();
      if (!Files.isRegularFile(map)) {
        throw fault(where + ": map '" + rel + "' not found (looked for " + map + ")");
      }
    }
    List<String> layouts = strings(n, "layouts", null, where);
    for (String l : layouts) {
      if (!SuiteWorld.LAYOUTS.contains(l)) {
        throw fault(where + ": unknown layout type '" + l + "'; use " + SuiteWorld.LAYOUTS);
      }
    }
    double duration = number(n, "duration_s", defaultDuration, where);
    if (!(duration > 0)) {
      throw fault(where + ": duration_s must be positive");
    }
    List<Long> seeds = longs(n, "seeds", where);
    if (seeds.isEmpty()) {
      throw fault(where + ": \"seeds\" must name at least one seed");
    }
    List<Long> route = n.has("route") ? longs(n, "route", where) : List.of();
    String origin = n.has("origin") ? text(n, "origin", null, where) : null;
    return new SuiteWorld(id, kind, scenario, map, town, layouts, duration, seeds, route, origin);
  }

  private void unknownKeys(JsonNode n, Set<String> known, String where) {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!known.contains(k)) {
        throw fault(
            where + ": unknown field \"" + k + "\"; known: " + new java.util.TreeSet<>(known));
      }
    }
  }

  private String text(JsonNode n, String key, String fallback, String where) {
    JsonNode v = n.get(key);
    if (v == null && fallback != null) {
      return fallback;
    }
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw fault(where + ": \"" + key + "\" must be a non-empty string");
    }
    return v.asText();
  }

  private double number(JsonNode n, String key, double fallback, String where) {
    JsonNode v = n.get(key);
    if (v == null) {
      return fallback;
    }
    if (!v.isNumber()) {
      throw fault(where + ": \"" + key + "\" must be a number");
    }
    return v.asDouble();
  }

  private List<String> strings(JsonNode n, String key, List<String> fallback, String where) {
    JsonNode v = n.get(key);
    if (v == null && fallback != null) {
      return fallback;
    }
    if (v == null || !v.isArray()) {
      throw fault(where + ": \"" + key + "\" must be a list of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode e : v) {
      if (!e.isTextual()) {
        throw fault(where + ": \"" + key + "\" must be a list of strings");
      }
      out.add(e.asText());
    }
    return out;
  }

  private List<Long> longs(JsonNode n, String key, String where) {
    JsonNode v = n.get(key);
    if (v == null || !v.isArray()) {
      throw fault(where + ": \"" + key + "\" must be a list of integers");
    }
    List<Long> out = new ArrayList<>();
    for (JsonNode e : v) {
      if (!e.isIntegralNumber()) {
        throw fault(where + ": \"" + key + "\" must be a list of integers");
      }
      out.add(e.asLong());
    }
    return out;
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " (line "
            + e.getLocation().getLineNr()
            + ", column "
            + e.getLocation().getColumnNr()
            + ")";
  }

  private IllegalArgumentException fault(String message) {
    return new IllegalArgumentException(file + ": " + message);
  }
}
