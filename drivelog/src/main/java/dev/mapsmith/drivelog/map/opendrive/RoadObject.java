package dev.mapsmith.drivelog.map.opendrive;

import java.util.List;

/**
 * An {@code <object>} on a road: where it stands (s, t, zOffset, heading relative to the road), its
 * extent (length along its heading, width across) and its outline corners, if any.
 */
public record RoadObject(
    String id,
    String type,
    String name,
    double s,
    double t,
    double zOffset,
    double hdg,
    double length,
    double width,
    List<Corner> outline) {

  public RoadObject {
    outline = List.copyOf(outline);
  }

  public boolean isCrosswalk() {
    return type.equalsIgnoreCase("crosswalk");
  }

  /** A painted stop line: OpenDRIVE 1.6's {@code roadMark} objects named or typed as stop lines. */
  public boolean isStopLine() {
    String n = name.toLowerCase(java.util.Locale.ROOT).replace(" ", "").replace("_", "");
    String ty = type.toLowerCase(java.util.Locale.ROOT).replace(" ", "").replace("_", "");
    return ty.equals("stopline") || (ty.equals("roadmark") && n.contains("stopline"));
  }
}
