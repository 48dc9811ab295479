package dev.mapsmith.sampledrives.world;

import java.util.List;
import java.util.Map;

/**
 * A road's cross-section: lines at ascending offsets (right to left, metres from the reference
 * line) and, for each lane between two lines, whether it is driven forward (+1) or backward (-1).
 */
public record CrossSection(List<Double> offsets, List<LineTags> lines, List<Integer> directions) {

  public CrossSection {
    if (offsets.size() != lines.size() || directions.size() != offsets.size() - 1) {
      throw new IllegalArgumentException("a cross-section needs n lines and n-1 lanes");
    }
  }

  /**
   * Builds the lanelets of this cross-section from {@code s0} to {@code s1} along {@code path};
   * {@code overrides} replaces the tags of some lines (by index), e.g. virtual ones in a junction.
   * Ways run in the driving direction of their lanes; a line between opposite lanes runs forward.
   * Returns lanelet ids in lane order (ascending offset).
   */
  public long[] build(
      MapBuilder map,
      RoadPath path,
      double s0,
      double s1,
      Map<Integer, LineTags> overrides,
      String subtype,
      double speedKmh) {
    return buildAll(map, path, s0, s1, overrides, subtype, speedKmh).lanelets();
  }

  /** The way and lanelet ids of a built stretch, both in ascending offset order. */
  public record Built(long[] ways, long[] lanelets) {}

  /** As {@link #build}, also returning the line ids (so other lanelets can share a line). */
  public Built buildAll(
      MapBuilder map,
      RoadPath path,
      double s0,
      double s1,
      Map<Integer, LineTags> overrides,
      String subtype,
      double speedKmh) {
    int n = offsets.size();
    long[] ways = new long[n];
    for (int i = 0; i < n; i++) {
      boolean below = i > 0 && directions.get(i - 1) < 0;
      boolean above = i < n - 1 && directions.get(i) < 0;
      boolean backward = (i == 0 || below) && (i == n - 1 || above);
      double a = backward ? s1 : s0, b = backward ? s0 : s1;
      ways[i] =
          map.line(path.line(a, b, offsets.get(i), 2.0), overrides.getOrDefault(i, lines.get(i)));
    }
    long[] lanelets = new long[n - 1];
    for (int k = 0; k < n - 1; k++) {
      boolean forward = directions.get(k) > 0;
      long left = forward ? ways[k + 1] : ways[k];
      long right = forward ? ways[k] : ways[k + 1];
      lanelets[k] = map.lanelet(left, right, subtype, speedKmh);
    }
    return new Built(ways, lanelets);
  }
}
