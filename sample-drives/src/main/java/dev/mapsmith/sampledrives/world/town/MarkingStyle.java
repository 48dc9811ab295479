package dev.mapsmith.sampledrives.world.town;

import dev.mapsmith.sampledrives.world.LineTags;
import java.util.List;

/**
 * A region's road markings. US: double yellow centre line, yellow median edges, white lane lines
 * dashed 3 m / 9 m. European: white only, dashed 3 m / 6 m or 6 m / 12 m, a dashed centre on roads
 * of one lane each way and a solid one on wider roads. Both turn lane lines and the centre solid
 * near junctions ({@link #dividerSolid}, {@link #centreSolid}). Crosswalks are drawn from {@code
 * crosswalks} (zebra, ladder, two_line).
 */
public record MarkingStyle(
    String region, double dash, double gap, boolean yellow, List<String> crosswalks) {

  public static MarkingStyle us() {
    return new MarkingStyle("us", 3, 9, true, List.of("ladder", "two_line", "zebra"));
  }

  /** European markings with dashes {@code dash} m long and gaps {@code gap} m. */
  public static MarkingStyle europe(double dash, double gap) {
    return new MarkingStyle("europe", dash, gap, false, List.of("zebra", "zebra", "two_line"));
  }

  /** A dashed lane line between lanes of one direction. */
  public LineTags divider() {
    return LineTags.DASHED_WHITE.with("dash_length", number(dash)).with("gap_length", number(gap));
  }

  /** A lane line near a junction, where changing lanes is not allowed. */
  public LineTags dividerSolid() {
    return LineTags.SOLID_WHITE;
  }

  /** The line between the two directions of a road without median. */
  public LineTags centre(boolean multiLane) {
    if (yellow) {
      return LineTags.DOUBLE_YELLOW;
    }
    return multiLane ? LineTags.SOLID_WHITE : divider();
  }

  /** The centre line near a junction. */
  public LineTags centreSolid() {
    return yellow ? LineTags.DOUBLE_YELLOW : LineTags.SOLID_WHITE;
  }

  /** The left edge of each carriageway beside a painted median. */
  public LineTags medianEdge() {
    return yellow ? LineTags.SOLID_YELLOW : LineTags.SOLID_WHITE;
  }

  /** The thick dashed line beside an acceleration or deceleration lane. */
  public LineTags auxiliary() {
    return new LineTags("line_thick", "dashed", "white")
        .with("dash_length", number(dash))
        .with("gap_length", number(dash));
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
