package dev.mapsmith.sampledrives.world;

import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.drivelog.map.osm.OsmDocument;
import java.util.List;

/**
 * A world to drive in: the ground-truth Lanelet2 map (nodes in local metres, {@code local_x}/{@code
 * local_y}/{@code ele}, around {@code origin}), the route as lanelet ids, the cruising speed, and
 * whether the surroundings are urban (buildings) or not.
 */
public record Scenario(
    String name,
    OsmDocument truth,
    GeoOrigin origin,
    List<Long> route,
    double speedMps,
    boolean urban) {

  public Scenario {
    route = List.copyOf(route);
  }
}
