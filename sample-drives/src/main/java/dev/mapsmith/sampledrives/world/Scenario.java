package dev.mapsmith.sampledrives.world;

import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.sampledrives.osm.OsmData;
import java.util.List;

/**
 * A world to drive in: the ground-truth Lanelet2 map (local metres around {@code origin}), the
 * route as lanelet ids, the cruising speed, whether the surroundings are urban (buildings) or not,
 * what the scene has that a map does not ({@code dressing}: worn paint, patches, parked cars,
 * traffic) and the layout types it contains ({@code layouts}: straight, curve, intersection,
 * roundabout, merge; empty when not known).
 */
public record Scenario(
    String name,
    OsmData truth,
    GeoOrigin origin,
    List<Long> route,
    double speedMps,
    boolean urban,
    Dressing dressing,
    List<String> layouts) {

  public Scenario {
    route = List.copyOf(route);
    layouts = List.copyOf(layouts);
  }

  /** A scenario without dressing or layout types. */
  public Scenario(
      String name,
      OsmData truth,
      GeoOrigin origin,
      List<Long> route,
      double speedMps,
      boolean urban) {
    this(name, truth, origin, route, speedMps, urban, Dressing.NONE, List.of());
  }
}
