package dev.mapsmith.sampledrives.world;

import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.map.Lanelet2File;
import dev.mapsmith.drivelog.map.MapOrigin;
import dev.mapsmith.drivelog.map.MapOrigins;
import java.nio.file.Path;
import java.util.List;

/**
 * A scenario from any Lanelet2 OSM file, read by drivelog's one map layer ({@link Lanelet2File}:
 * the shared origin rule, broken elements skipped with a warning), and a route given by the file's
 * own lanelet ids or the longest one.
 */
public final class MapScenario {

  /** The scenario, the origin the rule chose, and what of the map was left out. */
  public record Loaded(Scenario scenario, MapOrigin origin, List<String> problems) {}

  private MapScenario() {}

  public static Scenario load(Path file, GeoOrigin origin, List<Long> route, double speedMps)
      throws DriveLogException {
    return read(file, origin, route, speedMps).scenario();
  }

  /** Reads the map and picks or checks the route. */
  public static Loaded read(Path file, GeoOrigin origin, List<Long> route, double speedMps)
      throws DriveLogException {
    Lanelet2File map = Lanelet2File.load(file, origin);
    RouteGraph graph = new RouteGraph(map.map());
    List<Long> ids;
    try {
      ids = route.isEmpty() ? graph.longest() : graph.check(route);
    } catch (IllegalArgumentException e) {
      throw new DriveLogException(file, "", e.getMessage());
    }
    GeoOrigin geo = map.origin().origin();
    if (geo == null) {
      // local coordinates only: the drive's GNSS needs some anchor; the map's centre if it has
      // lat/lon at all, else the sample origin (the frame stays the map's own local metres)
      geo = MapOrigins.centre(map.map()).orElse(SampleOrigin.DEFAULT);
    }
    String name = file.getFileName().toString();
    Scenario s = new Scenario(name, map.map(), geo, ids, speedMps, true);
    return new Loaded(s, map.origin(), map.problems());
  }
}
