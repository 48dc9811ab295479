package dev.mapsmith.drivelog.map;

import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.drivelog.map.osm.OsmRelation;
import dev.mapsmith.drivelog.map.osm.OsmWay;
import java.util.Optional;
import java.util.Set;

/**
 * Which Lanelet2 / Autoware elements become which map class (docs/map-tagging.md is the table):
 *
 * <ul>
 *   <li>ways typed {@code line_thin} or {@code line_thick} (any {@code subtype}: solid, dashed,
 *       solid_solid, ...) are dividers;
 *   <li>{@code road_border} and {@code curbstone} are boundaries;
 *   <li>{@code stop_line} is a stop line;
 *   <li>lanelets with {@code subtype=crosswalk} and closed {@code zebra_marking} ways are crosswalk
 *       polygons ({@code pedestrian_marking} ways are the crosswalk's painted edges and stripes,
 *       counted through their lanelet, not one by one);
 *   <li>{@code virtual} (a bound with no paint) and everything else (traffic lights, signs, areas)
 *       is not road paint and gives no primitive;
 *   <li>a way with Mapsmith's own {@code mapsmith:class} tag (our export) keeps that class.
 * </ul>
 */
public final class Lanelet2Classes {

  private static final Set<String> DIVIDER_TYPES = Set.of("line_thin", "line_thick");
  private static final Set<String> BOUNDARY_TYPES = Set.of("curbstone", "road_border");

  private Lanelet2Classes() {}

  /**
   * The class of a way, or empty when it is not road paint (or an edge). Throws {@link
   * IllegalArgumentException} for an unknown {@code mapsmith:class}.
   */
  public static Optional<MapClass> ofWay(OsmWay w) {
    Optional<String> own = w.tag(MapsmithTags.CLASS);
    if (own.isPresent()) {
      return Optional.of(MapClass.fromKey(own.get()));
    }
    String type = w.tag("type").orElse("");
    if (DIVIDER_TYPES.contains(type)) {
      return Optional.of(MapClass.DIVIDER);
    }
    if (BOUNDARY_TYPES.contains(type)) {
      return Optional.of(MapClass.BOUNDARY);
    }
    if (type.equals("stop_line")) {
      return Optional.of(MapClass.STOP_LINE);
    }
    if (type.equals("zebra_marking") && w.isClosed()) {
      return Optional.of(MapClass.PED_CROSSING);
    }
    return Optional.empty();
  }

  /** Whether a relation is a crosswalk lanelet, whose outline is a crosswalk polygon. */
  public static boolean isCrosswalk(OsmRelation r) {
    return r.tag("type").orElse("").equals("lanelet")
        && r.tag("subtype").orElse("").equals("crosswalk");
  }
}
