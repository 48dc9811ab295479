package dev.mapsmith.sampledrives.world.town;

import dev.mapsmith.sampledrives.world.LineTags;
import dev.mapsmith.sampledrives.world.MapBuilder;
import dev.mapsmith.sampledrives.world.RoadPath;
import java.util.List;

/** Crosswalks and stop lines straight across a road (so at the angle it approaches). */
final class Crossings {

  private Crossings() {}

  /**
   * A crosswalk lanelet from {@code s0} to {@code s1} across the road from offset {@code o0} to
   * {@code o1}; its edges carry the painting style (zebra, ladder, two_line) as their subtype.
   */
  static long crosswalk(
      MapBuilder map, RoadPath path, double s0, double s1, double o0, double o1, String style) {
    LineTags edge = new LineTags("pedestrian_marking", style, "white");
    long left = map.line(path.across(s0, o0, o1), edge);
    long right = map.line(path.across(s1, o0, o1), edge);
    return map.lanelet(left, right, "crosswalk", 0);
  }

  /**
   * A stop line at {@code s} from offset {@code o0} to {@code o1} with a stop sign at offset {@code
   * signOffset}, referenced by the {@code lanelets} that end at it.
   */
  static long stopLine(
      MapBuilder map,
      RoadPath path,
      double s,
      double o0,
      double o1,
      double signOffset,
      long[] ids) {
    long line = map.line(path.across(s, o0, o1), LineTags.STOP_LINE);
    List<Long> lanelets = java.util.Arrays.stream(ids).boxed().toList();
    map.stopSign(line, path.at(s, signOffset), lanelets);
    return line;
  }
}
