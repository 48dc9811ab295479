package dev.mapsmith.drivelog.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.io.AtomicOutput;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.InputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The projection origin of a map file that stores none (Lanelet2 OSM). It lives in a sidecar JSON
 * file {@code {"lat": 49.0, "lon": 8.4, "alt": 110.0}} ({@code alt} optional, metres): first {@code
 * <stem>.origin} beside the map ({@code town.osm} → {@code town.origin}), then {@code
 * <name>.origin} ({@code town.osm.origin}), then {@code origin.json} in the same folder.
 */
public final class MapOrigins {

  private static final ObjectMapper JSON = new ObjectMapper();

  private MapOrigins() {}

  /** Where {@link #write} puts the sidecar for {@code map}: {@code <stem>.origin}. */
  public static Path sidecarFor(Path map) {
    String name = map.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return map.resolveSibling(stem + ".origin");
  }

  /** The origin from the first sidecar that exists, or empty when there is none. */
  public static Optional<GeoOrigin> find(Path map) throws DriveLogException {
    Path[] candidates = {
      sidecarFor(map),
      map.resolveSibling(map.getFileName() + ".origin"),
      map.resolveSibling("origin.json")
    };
    for (Path c : candidates) {
      if (Files.isRegularFile(c)) {
        return Optional.of(read(c));
      }
    }
    return Optional.empty();
  }

  /** Reads one origin file. */
  public static GeoOrigin read(Path file) throws DriveLogException {
    JsonNode root;
    try {
      root = JSON.readTree(InputFiles.readAll(file, 1 << 16, "an origin file"));
    } catch (IOException e) {
      throw new DriveLogException(file, "", "not an origin JSON file: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new DriveLogException(file, "", "an origin file is {\"lat\":..,\"lon\":..,\"alt\":..}");
    }
    double lat = number(file, root, "lat", true);
    double lon = number(file, root, "lon", true);
    double alt = number(file, root, "alt", false);
    try {
      return new GeoOrigin(lat, lon, alt);
    } catch (IllegalArgumentException e) {
      throw new DriveLogException(file, "", e.getMessage());
    }
  }

  /** Writes the sidecar of {@code map} ({@link #sidecarFor}) atomically. */
  public static Path write(Path map, GeoOrigin origin) throws IOException {
    Path target = sidecarFor(map);
    String text =
        "{\"lat\": "
            + origin.latDeg()
            + ", \"lon\": "
            + origin.lonDeg()
            + ", \"alt\": "
            + origin.altM()
            + "}\n";
    AtomicOutput.writeString(target, text);
    return target;
  }

  private static double number(Path file, JsonNode root, String key, boolean required)
      throws DriveLogException {
    JsonNode v = root.get(key);
    if (v == null) {
      if (required) {
        throw new DriveLogException(file, "", "origin has no '" + key + "'");
      }
      return 0;
    }
    if (!v.isNumber()) {
      throw new DriveLogException(file, "", "origin '" + key + "' is not a number: " + v);
    }
    return v.asDouble();
  }
}
