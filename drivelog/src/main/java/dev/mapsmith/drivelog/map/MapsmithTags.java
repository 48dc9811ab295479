package dev.mapsmith.drivelog.map;

import dev.mapsmith.core.map.MapClass;

/**
 * The {@code mapsmith:*} tags that keep a primitive's own fields in a Lanelet2 export (class,
 * review state, confidence, provenance), so the export reads back as it was written.
 */
public final class MapsmithTags {

  public static final String PREFIX = "mapsmith:";
  public static final String CLASS = PREFIX + "class";
  public static final String REVIEW = PREFIX + "review";
  public static final String CONFIDENCE = PREFIX + "confidence";

  /**
   * Comma-separated tags the writer added (a default {@code type}, {@code area}); not attributes.
   */
  public static final String DERIVED = PREFIX + "derived";

  public static final String PROV_METHOD = PREFIX + "prov_method";
  public static final String PROV_VERSION = PREFIX + "prov_version";
  public static final String PROV_PARAMETERS = PREFIX + "prov_parameters";
  public static final String PROV_DRIVES = PREFIX + "prov_drives";
  public static final String PROV_USER = PREFIX + "prov_user";
  public static final String PROV_CREATED = PREFIX + "prov_created";

  private MapsmithTags() {}

  /** The Lanelet2 {@code type} for a class, used when the primitive has no {@code type}. */
  public static String defaultType(MapClass c) {
    return switch (c) {
      case DIVIDER -> "line_thin";
      case BOUNDARY -> "road_border";
      case PED_CROSSING -> "zebra_marking";
      case STOP_LINE -> "stop_line";
      case CENTERLINE -> "virtual";
    };
  }
}
