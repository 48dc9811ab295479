package dev.mapsmith.sampledrives.world;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lanelet2 tags of a line: type, subtype and colour, plus any {@code extra} tags (sorted by key),
 * such as the simulator's dash pattern {@code dash_length}/{@code gap_length} in metres.
 */
public record LineTags(String type, String subtype, String color, Map<String, String> extra) {

  public static final LineTags VIRTUAL = new LineTags("virtual", "", "");
  public static final LineTags CURB = new LineTags("curbstone", "high", "");
  public static final LineTags BORDER = new LineTags("road_border", "", "");
  public static final LineTags DASHED_WHITE = new LineTags("line_thin", "dashed", "white");
  public static final LineTags SOLID_WHITE = new LineTags("line_thin", "solid", "white");
  public static final LineTags SOLID_YELLOW = new LineTags("line_thin", "solid", "yellow");
  public static final LineTags DASHED_YELLOW = new LineTags("line_thin", "dashed", "yellow");
  public static final LineTags DOUBLE_YELLOW = new LineTags("line_thin", "solid_solid", "yellow");
  public static final LineTags STOP_LINE = new LineTags("stop_line", "", "white");
  public static final LineTags CROSSWALK_EDGE = new LineTags("pedestrian_marking", "", "");

  public LineTags {
    extra = Collections.unmodifiableMap(new TreeMap<>(extra));
  }

  public LineTags(String type, String subtype, String color) {
    this(type, subtype, color, Map.of());
  }

  /** These tags with one more (or a replaced) extra tag. */
  public LineTags with(String key, String value) {
    Map<String, String> m = new TreeMap<>(extra);
    m.put(key, value);
    return new LineTags(type, subtype, color, m);
  }

  public Map<String, String> toMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("type", type);
    if (!subtype.isEmpty()) {
      m.put("subtype", subtype);
    }
    if (!color.isEmpty()) {
      m.put("color", color);
    }
    m.putAll(extra);
    return m;
  }
}
