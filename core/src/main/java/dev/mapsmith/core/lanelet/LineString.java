package dev.mapsmith.core.lanelet;

import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import java.util.Objects;

/**
 * A line of the lane graph, as Lanelet2's line strings: a positive id, a polyline (at least two
 * vertices) and its tags ({@code type} line_thin, road_border, virtual, stop_line, ...; {@code
 * subtype} solid, dashed, ...). One line string bounds the lanelets on both of its sides.
 */
public record LineString(long id, Polyline geometry, Attributes attributes) {

  public LineString {
    if (id <= 0) {
      throw new IllegalArgumentException("line string ids are positive: " + id);
    }
    Objects.requireNonNull(geometry, "geometry");
    Objects.requireNonNull(attributes, "attributes");
    if (geometry.size() < 2) {
      throw new IllegalArgumentException("line string " + id + " needs at least 2 vertices");
    }
  }

  /**
   * Whether a vehicle may change lanes across this line: a dashed line or a virtual one (no paint),
   * as Lanelet2's traffic rules read them; solid lines, curbs and road borders may not be crossed.
   */
  public boolean laneChangeAllowed() {
    String type = attributes.get(Attributes.TYPE).orElse("");
    String subtype = attributes.get(Attributes.SUBTYPE).orElse("");
    return type.equals("virtual")
        || ((type.equals("line_thin") || type.equals("line_thick")) && subtype.equals("dashed"));
  }
}
