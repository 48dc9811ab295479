package dev.mapsmith.drivelog.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.io.AtomicOutput;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.InputFiles;
import dev.mapsmith.drivelog.map.osm.OsmDocument;
import dev.mapsmith.drivelog.map.osm.OsmNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The projection origin of a map file that stores none (Lanelet2 OSM), by one rule that every
 * command, the app and the exports share ({@link #resolve}): 1. the origin the user gives; 2.
 * Autoware's {@code map_projector_info.yaml} beside the map ({@link ProjectorInfo}); 3. the JSON
 * sidecar; 4. the centre of the map's lat/lon (or, for a map with only local coordinates, a local
 * frame named after the file).
 *
 * <p>The sidecar is a JSON file {@code {"lat": 49.0, "lon": 8.4, "alt": 110.0}} ({@code alt}
 * optional, metres): first {@code <stem>.origin} beside the map ({@code town.osm} → {@code
 * town.origin}), then {@code <name>.origin} ({@code town.osm.origin}), then {@code origin.json} in
 * the same folder.
 */
public final class MapOrigins {

  private static final ObjectMapper JSON = new ObjectMapper();

  private MapOrigins() {}

  /** The origin of {@code map} by the rule above; {@code option} may be null. */
  public static MapOrigin resolve(Path map, GeoOrigin option, OsmDocument doc)
      throws DriveLogException {
    return resolve(map, option, doc, null);
  }

  /**
   * As {@link #resolve(Path, GeoOrigin, OsmDocument)}, but a map with only local coordinates and
   * nothing else to anchor them is taken to be in {@code project}'s frame (when not null).
   */
  public static MapOrigin resolve(Path map, GeoOrigin option, OsmDocument doc, GeoOrigin project)
      throws DriveLogException {
    String localName = "lanelet2:" + map.getFileName();
    if (option != null) {
      return new MapOrigin(option, MapOrigin.Source.OPTION, true, localName);
    }
    Optional<ProjectorInfo> info = ProjectorInfo.besides(map);
    if (info.isPresent()) {
      ProjectorInfo p = info.get();
      return switch (p.type()) {
        case "Local" ->
            new MapOrigin(
                null,
                MapOrigin.Source.PROJECTOR_INFO,
                true,
                p.frameName().isEmpty() ? localName : p.frameName());
        // MGRS local_x/local_y are grid metres, not metres about an origin: use lat/lon
        case "MGRS" ->
            new MapOrigin(
                centre(doc).orElse(null),
                MapOrigin.Source.PROJECTOR_INFO,
                false,
                "mgrs:" + (p.mgrsGrid().isEmpty() ? map.getFileName() : p.mgrsGrid()));
        default -> new MapOrigin(p.origin(), MapOrigin.Source.PROJECTOR_INFO, true, localName);
      };
    }
    Optional<GeoOrigin> sidecar = find(map);
    if (sidecar.isPresent()) {
      return new MapOrigin(sidecar.get(), MapOrigin.Source.SIDECAR, true, localName);
    }
    Optional<GeoOrigin> centre = centre(doc);
    if (centre.isPresent()) {
      return new MapOrigin(centre.get(), MapOrigin.Source.MAP_CENTRE, false, localName);
    }
    return project != null
        ? new MapOrigin(project, MapOrigin.Source.PROJECT, true, localName)
        : new MapOrigin(null, MapOrigin.Source.LOCAL, true, localName);
  }

  /**
   * The middle of the nodes' lat/lon bounding box, at the mean {@code ele} of the nodes that have
   * one (0 if none); empty when no node has lat/lon.
   */
  public static Optional<GeoOrigin> centre(OsmDocument doc) {
    double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180, ele = 0;
    int n = 0, withEle = 0;
    for (OsmNode node : doc.nodes()) {
      if (!node.hasLatLon()) {
        continue;
      }
      n++;
      minLat = Math.min(minLat, node.lat());
      maxLat = Math.max(maxLat, node.lat());
      minLon = Math.min(minLon, node.lon());
      maxLon = Math.max(maxLon, node.lon());
      OptionalDouble e = node.number("ele");
      if (e.isPresent() && Double.isFinite(e.getAsDouble())) {
        ele += e.getAsDouble();
        withEle++;
      }
    }
    if (n == 0) {
      return Optional.empty();
    }
    return Optional.of(
        new GeoOrigin(
            (minLat + maxLat) / 2, (minLon + maxLon) / 2, withEle == 0 ? 0 : ele / withEle));
  }

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
