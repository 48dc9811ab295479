package dev.mapsmith.core.map;

import java.util.Arrays;
import java.util.Locale;

/** The classes of map primitive. The first three are the classes that the metric scores. */
public enum MapClass {
  /** A painted lane line between lanes. */
  DIVIDER(false),
  /** A road edge or curb. */
  BOUNDARY(false),
  /** A crosswalk outline, a closed polygon. */
  PED_CROSSING(true),
  /** A stop line across a lane. */
  STOP_LINE(false),
  /** The centre of a lane, between its two boundaries. */
  CENTERLINE(false);

  private final boolean closed;

  MapClass(boolean closed) {
    this.closed = closed;
  }

  /** Whether geometry of this class is a closed ring (a polygon). */
  public boolean closed() {
    return closed;
  }

  /** The lower-case name used in files and JSON, e.g. {@code ped_crossing}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static MapClass fromKey(String key) {
    for (MapClass c : values()) {
      if (c.key().equals(key)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "unknown map class '" + key + "'; known: " + Arrays.toString(keys()));
  }

  public static String[] keys() {
    return Arrays.stream(values()).map(MapClass::key).toArray(String[]::new);
  }
}
