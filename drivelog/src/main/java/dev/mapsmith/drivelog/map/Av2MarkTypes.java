package dev.mapsmith.drivelog.map;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Argoverse 2 lane mark types ({@code DASHED_WHITE}, {@code DOUBLE_SOLID_YELLOW}, ...) as Lanelet2
 * style attributes: {@code type=line_thin}, {@code subtype} (solid, dashed, solid_solid,
 * dashed_dashed, solid_dashed, dashed_solid) and {@code color}. {@code NONE} is no painted line.
 */
final class Av2MarkTypes {

  private Av2MarkTypes() {}

  static boolean isPainted(String markType) {
    return markType != null && !markType.equals("NONE") && !markType.isBlank();
  }

  static Map<String, String> attributes(String markType) {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("type", "line_thin");
    a.put("av2_mark_type", markType);
    String m = markType.toUpperCase(Locale.ROOT);
    String subtype;
    if (m.startsWith("DOUBLE_SOLID")) {
      subtype = "solid_solid";
    } else if (m.startsWith("DOUBLE_DASH")) {
      subtype = "dashed_dashed";
    } else if (m.startsWith("SOLID_DASH")) {
      subtype = "solid_dashed";
    } else if (m.startsWith("DASH_SOLID")) {
      subtype = "dashed_solid";
    } else if (m.startsWith("DASHED")) {
      subtype = "dashed";
    } else if (m.startsWith("SOLID")) {
      subtype = "solid";
    } else {
      subtype = null;
    }
    if (subtype != null) {
      a.put("subtype", subtype);
    }
    if (m.endsWith("_WHITE")) {
      a.put("color", "white");
    } else if (m.endsWith("_YELLOW")) {
      a.put("color", "yellow");
    } else if (m.endsWith("_BLUE")) {
      a.put("color", "blue");
    }
    return a;
  }
}
