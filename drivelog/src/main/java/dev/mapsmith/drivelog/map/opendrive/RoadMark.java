package dev.mapsmith.drivelog.map.opendrive;

/**
 * A lane's {@code <roadMark>} from {@code sOffset} (relative to its lane section) on: its type
 * ({@code solid}, {@code broken}, {@code solid broken}, {@code curb}, {@code none}, ...), weight
 * ({@code standard}, {@code bold}) and colour, as written in the file (lower case).
 */
public record RoadMark(double sOffset, String type, String weight, String color) {

  public static final RoadMark NONE = new RoadMark(0, "none", "standard", "standard");
}
