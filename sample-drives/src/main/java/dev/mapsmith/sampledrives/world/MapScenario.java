package dev.mapsmith.sampledrives.world;

import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.sampledrives.osm.MapFaultException;
import dev.mapsmith.sampledrives.osm.OsmXmlReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A scenario from any Lanelet2 OSM file: its map, and a route given by ids or the longest one. */
public final class MapScenario {

  private MapScenario() {}

  public static Scenario load(Path file, GeoOrigin origin, List<Long> route, double speedMps)
      throws IOException, MapFaultException {
    OsmXmlReader.Loaded loaded = OsmXmlReader.read(file, origin);
    RouteGraph graph = new RouteGraph(loaded.data());
    List<Long> ids;
    try {
      ids = route.isEmpty() ? graph.longest() : graph.check(route);
    } catch (IllegalArgumentException e) {
      throw new MapFaultException(file, List.of(e.getMessage()));
    }
    String name = file.getFileName().toString();
    return new Scenario(name, loaded.data(), loaded.origin(), ids, speedMps, true);
  }
}
