package dev.mapsmith.drivelog.map.opendrive;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lanelet2 tags of a lane edge, from its OpenDRIVE road mark and the lane types on either side.
 *
 * <ul>
 *   <li>Paint: {@code solid}, {@code broken}, {@code solid solid}, {@code solid broken}, {@code
 *       broken solid}, {@code broken broken} and {@code botts dots} become {@code line_thin}
 *       ({@code line_thick} when the weight is bold) with subtype {@code solid}, {@code dashed},
 *       {@code solid_solid}, {@code solid_dashed}, {@code dashed_solid}, {@code dashed_dashed},
 *       {@code dashed}, and the colour ({@code standard} is white). Double lines are named in the
 *       file's s direction, the direction the way runs.
 *   <li>{@code curb} becomes {@code curbstone} (subtype high).
 *   <li>Unpainted edges of the drivable area (a driving lane beside a non-driving lane or nothing)
 *       become {@code curbstone} beside a sidewalk or curb lane, else {@code road_border}; inside
 *       junctions only the curbstone is kept, since connecting roads overlap. A painted edge of the
 *       drivable area keeps its paint and gets a second way of its own, on the same nodes, for the
 *       border. When a curb lies just beyond the edge, across a gutter, shoulder or parking strip
 *       only ({@link OpenDriveOptions#curbReach()}), that curb is the road's edge and this edge
 *       gets no border.
 *   <li>Everything else is {@code virtual}.
 * </ul>
 */
final class BoundaryTags {

  static final Set<String> DRIVABLE =
      Set.of(
          "driving",
          "entry",
          "exit",
          "onramp",
          "offramp",
          "connectingramp",
          "bidirectional",
          "sliplane");

  private static final Map<String, String> PAINT =
      Map.of(
          "solid", "solid",
          "broken", "dashed",
          "solid solid", "solid_solid",
          "solid broken", "solid_dashed",
          "broken solid", "dashed_solid",
          "broken broken", "dashed_dashed",
          "botts dots", "dashed");

  private static final Map<String, String> CURB = Map.of("type", "curbstone", "subtype", "high");

  private BoundaryTags() {}

  static boolean drivable(Lane lane) {
    return lane != null && DRIVABLE.contains(lane.type().toLowerCase(Locale.ROOT));
  }

  /**
   * What lies on either side of a lane edge: the lanes ({@code inner} nearer the centre; either may
   * be null), whether the road is a junction's, whether a curb lies just beyond the edge (so this
   * edge is no border), and whether this edge is that curb (the inner edge of a sidewalk beyond a
   * shoulder).
   */
  record Sides(Lane inner, Lane outer, boolean junction, boolean curbBeyond, boolean curbHere) {}

  /** The tags of a lane edge. */
  static Map<String, String> line(RoadMark mark, Sides sides) {
    Map<String, String> tags = new LinkedHashMap<>();
    String subtype = PAINT.get(mark.type());
    if (subtype != null) {
      tags.put("type", mark.weight().equals("bold") ? "line_thick" : "line_thin");
      tags.put("subtype", subtype);
      tags.put("color", colour(mark.color()));
    } else if (mark.type().equals("curb")) {
      tags.put("type", "curbstone");
      tags.put("subtype", "high");
    } else if (sides.curbHere()) {
      tags.putAll(CURB);
    } else {
      tags.putAll(border(sides).orElse(Map.of("type", "virtual")));
    }
    if (!mark.type().equals("none")) {
      tags.put("odr_roadmark", mark.type());
    }
    return tags;
  }

  /** The separate border way of a painted drivable edge, when it needs one. */
  static Optional<Map<String, String>> extraBorder(RoadMark mark, Sides sides) {
    if (!PAINT.containsKey(mark.type())) {
      return Optional.empty();
    }
    return sides.curbHere() ? Optional.of(CURB) : border(sides);
  }

  /** Whether a lane is a curb or a sidewalk behind one. */
  static boolean curbLane(Lane lane) {
    String type = lane == null ? "" : lane.type().toLowerCase(Locale.ROOT);
    return type.equals("sidewalk") || type.equals("curb");
  }

  private static Optional<Map<String, String>> border(Sides sides) {
    Lane inner = sides.inner(), outer = sides.outer();
    if (drivable(inner) == drivable(outer) || sides.curbBeyond()) {
      return Optional.empty();
    }
    Lane other = drivable(inner) ? outer : inner;
    if (curbLane(other)) {
      return Optional.of(CURB);
    }
    return sides.junction() ? Optional.empty() : Optional.of(Map.of("type", "road_border"));
  }

  static String colour(String c) {
    return c.equals("standard") ? "white" : c;
  }
}
