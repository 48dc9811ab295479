package dev.mapsmith.labeling.export.lanelet2;

import dev.mapsmith.core.map.MapClass;

/** How primitives map to Lanelet2 way tags, and the tag names that keep Mapsmith's fields. */
final class Lanelet2Tags {

  static final String PREFIX = "mapsmith:";
  static final String CLASS = PREFIX + "class";
  static final String REVIEW = PREFIX + "review";
  static final String CONFIDENCE = PREFIX + "confidence";

  /**
   * Comma-separated tags the writer added (a default {@code type}, {@code area}); not attributes.
   */
  static final String DERIVED = PREFIX + "derived";

  static final String PROV_METHOD = PREFIX + "prov_method";
  static final String PROV_VERSION = PREFIX + "prov_version";
  static final String PROV_PARAMETERS = PREFIX + "prov_parameters";
  static final String PROV_DRIVES = PREFIX + "prov_drives";
  static final String PROV_USER = PREFIX + "prov_user";
  static final String PROV_CREATED = PREFIX + "prov_created";

  /** Node ids are {@code primitiveId * NODES_PER_WAY + vertex + 1}: stable while the way is. */
  static final long NODES_PER_WAY = 1L << 20;

  private Lanelet2Tags() {}

  /** The Lanelet2 {@code type} for a class, used when the primitive has no {@code type}. */
  static String defaultType(MapClass c) {
    return switch (c) {
      case DIVIDER -> "line_thin";
      case BOUNDARY -> "road_border";
      case PED_CROSSING -> "zebra_marking";
      case STOP_LINE -> "stop_line";
      case CENTERLINE -> "virtual";
    };
  }
}
