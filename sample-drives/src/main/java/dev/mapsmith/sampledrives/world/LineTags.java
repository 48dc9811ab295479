package dev.mapsmith.sampledrives.world;

import java.util.LinkedHashMap;
import java.util.Map;

/** Lanelet2 tags of a line: type, subtype and colour. */
public record LineTags(String type, String subtype, String color) {

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

  public Map<String, String> toMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("type", type);
    if (!subtype.isEmpty()) {
      m.put("subtype", subtype);
    }
    if (!color.isEmpty()) {
      m.put("color", color);
    }
    return m;
  }
}
