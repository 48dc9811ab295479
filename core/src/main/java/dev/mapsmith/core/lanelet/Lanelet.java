package dev.mapsmith.core.lanelet;

import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.Provenance;
import java.util.Objects;

/**
 * A lane piece, as Lanelet2's lanelets: a positive id, a left and a right bound (line strings, each
 * maybe inverted) and typed attributes ({@code subtype} road or crosswalk, {@code one_way}, {@code
 * direction_source}), with a confidence in [0, 1] and provenance like every primitive. The lanelet
 * runs the way its (oriented) bounds run; its centerline and every other shape are free functions
 * in {@link LaneletGeometry}.
 */
public record Lanelet(
    long id,
    BoundRef left,
    BoundRef right,
    Attributes attributes,
    double confidence,
    Provenance provenance) {

  /** How the driving direction was chosen: driven by the drive, or from the road's side. */
  public static final String DIRECTION_SOURCE = "direction_source";

  public static final String DRIVEN = "driven";
  public static final String ROAD_SIDE = "road_side";

  public Lanelet {
    if (id <= 0) {
      throw new IllegalArgumentException("lanelet ids are positive: " + id);
    }
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    Objects.requireNonNull(attributes, "attributes");
    Objects.requireNonNull(provenance, "provenance");
    if (left.lineId() == right.lineId()) {
      throw new IllegalArgumentException("lanelet " + id + " has the same line on both sides");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
    }
  }

  /** Whether this is a crosswalk lanelet (people cross here), not a lane to drive. */
  public boolean crosswalk() {
    return attributes.get(Attributes.SUBTYPE).orElse("").equals("crosswalk");
  }

  /** The same lane run the other way: bounds swapped and inverted. */
  public Lanelet reversed() {
    return new Lanelet(id, right.invert(), left.invert(), attributes, confidence, provenance);
  }

  public Lanelet withAttributes(Attributes a) {
    return new Lanelet(id, left, right, a, confidence, provenance);
  }
}
