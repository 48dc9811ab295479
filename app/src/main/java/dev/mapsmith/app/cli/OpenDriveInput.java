package dev.mapsmith.app.cli;

import dev.mapsmith.drivelog.map.Lanelet2Maps;
import dev.mapsmith.drivelog.map.MapOrigins;
import dev.mapsmith.drivelog.map.MapReadResult;
import dev.mapsmith.drivelog.map.opendrive.OpenDriveConversion;
import dev.mapsmith.drivelog.map.opendrive.OpenDriveMaps;
import dev.mapsmith.drivelog.map.osm.OsmWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An OpenDRIVE file ({@code .xodr}) where the commands take a Lanelet2 map: summarised for {@code
 * info}, or converted to a Lanelet2 {@code .osm} with its origin sidecar for {@code generate}.
 */
final class OpenDriveInput {

  private OpenDriveInput() {}

  static boolean is(Path file) {
    return file != null && OpenDriveMaps.isOpenDrive(file);
  }

  /** {@code info}'s summary of an OpenDRIVE map; problems go to stderr and are counted. */
  static Map<String, Object> summary(Path xodr) throws IOException {
    OpenDriveConversion c = OpenDriveMaps.convert(xodr);
    MapReadResult lanes = Lanelet2Maps.toLaneMap(c.document(), xodr, c.origin());
    List<String> problems = new ArrayList<>(c.problems());
    problems.addAll(lanes.problems());
    problems.forEach(p -> System.err.println("mapsmith info: " + xodr + ": " + p));
    Map<String, Object> out =
        InfoCommand.MapSummary.of(xodr, "opendrive", new MapReadResult(lanes.map(), problems));
    out.put("origin_source", c.fromGeoReference() ? "geoReference" : "opendrive-local");
    out.put("lanelets", c.lanelets());
    out.put("crosswalks", c.crosswalks());
    out.put("stop_lines", c.stopLines());
    return out;
  }

  /** Converts {@code xodr} to {@code dir/<stem>.osm} plus its origin sidecar; returns the .osm. */
  static Path toOsm(Path xodr, Path dir) throws IOException {
    OpenDriveConversion c = OpenDriveMaps.convert(xodr);
    String name = xodr.getFileName().toString();
    Path osm = dir.resolve(name.substring(0, name.length() - ".xodr".length()) + ".osm");
    OsmWriter.write(c.document(), osm);
    MapOrigins.write(osm, c.origin());
    c.problems().forEach(p -> System.err.println("mapsmith generate: " + xodr + ": " + p));
    return osm;
  }
}
