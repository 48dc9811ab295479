package dev.mapsmith.drivelog.map;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.drivelog.DriveLogException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Autoware's {@code map_projector_info.yaml}, the file beside a Lanelet2 map that says how its
 * coordinates are projected: {@code projector_type} {@code Local} (no geodetic origin), {@code
 * MGRS} (+ {@code mgrs_grid}), {@code LocalCartesianUTM}, {@code TransverseMercator} or {@code
 * LocalCartesian} (+ {@code map_origin} latitude, longitude, altitude).
 *
 * @param type the projector type as written
 * @param origin the map origin; null for Local and MGRS
 * @param mgrsGrid the MGRS grid square ("54SUE"), empty unless MGRS
 * @param frameName a Local map's frame name ({@code mapsmith_frame}), empty if none
 */
public record ProjectorInfo(String type, GeoOrigin origin, String mgrsGrid, String frameName) {

  /** The file name Autoware looks for beside {@code lanelet2_map.osm}. */
  public static final String FILE_NAME = "map_projector_info.yaml";

  /**
   * The projector file beside {@code map}, read: the one named after the map ({@link #fileFor})
   * first, else Autoware's {@code map_projector_info.yaml}; empty when there is none.
   */
  public static Optional<ProjectorInfo> besides(Path map) throws DriveLogException {
    Path own = fileFor(map);
    if (Files.isRegularFile(own)) {
      return Optional.of(read(own));
    }
    Path yaml = map.toAbsolutePath().resolveSibling(FILE_NAME);
    return Files.isRegularFile(yaml) ? Optional.of(read(yaml)) : Optional.empty();
  }

  /**
   * The projector file named after {@code map} ({@code <stem>.map_projector_info.yaml}), so that
   * two maps written into one folder each keep their own.
   */
  public static Path fileFor(Path map) {
    String name = map.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return map.toAbsolutePath().resolveSibling(stem + "." + FILE_NAME);
  }

  /** Reads one projector file; errors name the file and the fault. */
  public static ProjectorInfo read(Path yaml) throws DriveLogException {
    String text;
    try {
      text = Files.readString(yaml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DriveLogException(yaml, "", "cannot read the map projector file");
    }
    String type = value(text, "projector_type").orElse("");
    String grid = value(text, "mgrs_grid").orElse("");
    String frame = value(text, "mapsmith_frame").orElse("");
    return switch (type) {
      case "Local" -> new ProjectorInfo(type, null, "", frame);
      case "MGRS" -> new ProjectorInfo(type, null, grid, "");
      case "LocalCartesianUTM", "TransverseMercator", "LocalCartesian" ->
          new ProjectorInfo(type, origin(yaml, text, type), "", "");
      case "" -> throw new DriveLogException(yaml, "", "no projector_type");
      default ->
          throw new DriveLogException(
              yaml,
              "",
              "projector_type '"
                  + type
                  + "' is not Local, MGRS, LocalCartesianUTM, TransverseMercator or LocalCartesian");
    };
  }

  private static GeoOrigin origin(Path yaml, String text, String type) throws DriveLogException {
    Optional<String> lat = value(text, "latitude"), lon = value(text, "longitude");
    if (lat.isEmpty() || lon.isEmpty()) {
      throw new DriveLogException(
          yaml, "", "projector_type " + type + " needs map_origin latitude and longitude");
    }
    try {
      return new GeoOrigin(
          Double.parseDouble(lat.get()),
          Double.parseDouble(lon.get()),
          Double.parseDouble(value(text, "altitude").orElse("0")));
    } catch (IllegalArgumentException e) {
      throw new DriveLogException(yaml, "", "map_origin is not a position: " + e.getMessage());
    }
  }

  /** The value of {@code key: value} anywhere in the text (block or flow style). */
  private static Optional<String> value(String text, String key) {
    Matcher m =
        Pattern.compile("(?m)(?:^|[\\s{,])" + key + "\\s*:\\s*[\"']?([^\\s,}\"'#]+)").matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * Writes the projector file for a map whose {@code local_x}/{@code local_y}/{@code ele} are in
   * {@code frame}: TransverseMercator about the origin for an ENU frame (east-north metres about
   * the origin; a transverse Mercator there agrees with them to millimetres within a few km), Local
   * (with the frame's name) otherwise. Written atomically beside {@code map} under the map's own
   * name ({@link #fileFor}), which {@link #besides} reads first, and under Autoware's name {@code
   * map_projector_info.yaml} unless another map's different projector file is already there: no
   * export overwrites another's origin. Returns the map's own file.
   */
  public static Path write(Path map, FrameOfReference frame) throws IOException {
    String text;
    if (frame instanceof LocalEnuFrame enu) {
      GeoOrigin o = enu.origin();
      text =
          "# written by mapsmith: local_x/local_y/ele are east/north/up metres from map_origin\n"
              + "projector_type: TransverseMercator\nvertical_datum: WGS84\nmap_origin:\n"
              + "  latitude: "
              + o.latDeg()
              + "\n  longitude: "
              + o.lonDeg()
              + "\n  altitude: "
              + o.altM()
              + "\n";
    } else {
      text =
          "# written by mapsmith: local frame without a geodetic origin; use local_x/local_y/ele.\n"
              + "projector_type: Local\nmapsmith_frame: "
              + ((NamedLocalFrame) frame).name()
              + "\n";
    }
    Path plain = map.toAbsolutePath().resolveSibling(FILE_NAME);
    Path own = fileFor(map);
    boolean plainFree =
        !Files.exists(plain, java.nio.file.LinkOption.NOFOLLOW_LINKS)
            || (Files.isRegularFile(plain, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && Files.readString(plain, StandardCharsets.UTF_8).equals(text));
    dev.mapsmith.core.io.AtomicOutput.writeString(own, text);
    if (plainFree) {
      dev.mapsmith.core.io.AtomicOutput.writeString(plain, text);
    }
    return own;
  }
}
