package dev.mapsmith.drivelog.map.opendrive;

/**
 * A {@code <signal>}: its catalogue type and subtype, where it stands (s, t), which way it faces
 * ({@code +}: traffic in +s, {@code -}: against) and its width. Type 294 (German catalogue, the one
 * OpenDRIVE examples use) is a stop line painted across the lanes it faces.
 */
public record RoadSignal(
    String id, String type, String name, double s, double t, String orientation, double width) {

  public boolean isStopLine() {
    return type.equals("294") || name.toLowerCase(java.util.Locale.ROOT).contains("stopline");
  }
}
