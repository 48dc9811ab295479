package dev.mapsmith.sampledrives.world.town;

import dev.mapsmith.sampledrives.world.CrossSection;
import dev.mapsmith.sampledrives.world.LineTags;
import dev.mapsmith.sampledrives.world.MapBuilder;
import dev.mapsmith.sampledrives.world.RoadPath;
import java.util.ArrayList;
import java.util.List;

/**
 * A road's cross-section: lanes each way, lane width, an optional painted median (0 = none) and the
 * marking style. The reference line runs down the middle of the median (or on the centre line);
 * forward lanes lie right of it, backward lanes left. Outer edges are curbs.
 */
record RoadSpec(int forward, int backward, double laneWidth, double median, MarkingStyle style) {

  /** The same road without its median. */
  RoadSpec withoutMedian() {
    return new RoadSpec(forward, backward, laneWidth, 0, style);
  }

  /** Distance from the reference line to the right curb. */
  double right() {
    return median / 2 + forward * laneWidth;
  }

  /** Distance from the reference line to the left curb. */
  double left() {
    return median / 2 + backward * laneWidth;
  }

  /** The offsets of every painted or bounding line except the curbs, for wear. */
  List<Double> innerLineOffsets() {
    List<Double> out = new ArrayList<>();
    for (int i = 1; i < forward; i++) {
      out.add(-right() + i * laneWidth);
    }
    if (median > 0) {
      out.add(-median / 2);
      out.add(median / 2);
    } else {
      out.add(0.0);
    }
    for (int i = 1; i < backward; i++) {
      out.add(left() - i * laneWidth);
    }
    return out;
  }

  /** Lanelet ids of a built stretch, each direction driver's right lane first. */
  record Lanes(long[] forward, long[] backward, long rightEdgeWay) {}

  /**
   * Builds the lanelets from {@code s0} to {@code s1} as {@code zone}; {@code rightEdge} and {@code
   * leftEdge} replace the zone's curbs when not null.
   */
  Lanes build(
      MapBuilder map,
      RoadPath path,
      double s0,
      double s1,
      Zone zone,
      LineTags rightEdge,
      LineTags leftEdge,
      double speedKmh) {
    LineTags curb = zone == Zone.BOX ? LineTags.VIRTUAL : LineTags.CURB;
    LineTags rEdge = rightEdge != null ? rightEdge : curb;
    LineTags lEdge = leftEdge != null ? leftEdge : curb;
    LineTags divider =
        switch (zone) {
          case NORMAL -> style.divider();
          case NEAR -> style.dividerSolid();
          default -> LineTags.VIRTUAL;
        };
    LineTags centre =
        switch (zone) {
          case NORMAL -> style.centre(forward > 1 || backward > 1);
          case NEAR -> style.centreSolid();
          default -> LineTags.VIRTUAL;
        };
    LineTags medianEdge = zone == Zone.BOX ? LineTags.VIRTUAL : style.medianEdge();
    List<Long> lanelets = new ArrayList<>();
    long rightWay;
    if (median <= 0) {
      List<Double> offsets = new ArrayList<>();
      List<LineTags> lines = new ArrayList<>();
      List<Integer> dirs = new ArrayList<>();
      for (int i = 0; i <= forward + backward; i++) {
        offsets.add(-right() + i * laneWidth);
        lines.add(
            i == 0 ? rEdge : i == forward + backward ? lEdge : i == forward ? centre : divider);
        if (i < forward + backward) {
          dirs.add(i < forward ? 1 : -1);
        }
      }
      CrossSection.Built b =
          new CrossSection(offsets, lines, dirs)
              .buildAll(map, path, s0, s1, java.util.Map.of(), "road", speedKmh);
      for (long id : b.lanelets()) {
        lanelets.add(id);
      }
      rightWay = b.ways()[0];
    } else {
      CrossSection.Built f =
          half(-right(), forward, rEdge, divider, medianEdge, 1)
              .buildAll(map, path, s0, s1, java.util.Map.of(), "road", speedKmh);
      CrossSection.Built b =
          half(median / 2, backward, medianEdge, divider, lEdge, -1)
              .buildAll(map, path, s0, s1, java.util.Map.of(), "road", speedKmh);
      for (long id : f.lanelets()) {
        lanelets.add(id);
      }
      for (long id : b.lanelets()) {
        lanelets.add(id);
      }
      rightWay = f.ways()[0];
    }
    long[] fw = new long[forward], bw = new long[backward];
    for (int i = 0; i < forward; i++) {
      fw[i] = lanelets.get(i);
    }
    for (int i = 0; i < backward; i++) {
      bw[i] = lanelets.get(forward + backward - 1 - i);
    }
    return new Lanes(fw, bw, rightWay);
  }

  private CrossSection half(
      double start, int lanes, LineTags first, LineTags divider, LineTags last, int dir) {
    List<Double> offsets = new ArrayList<>();
    List<LineTags> lines = new ArrayList<>();
    List<Integer> dirs = new ArrayList<>();
    for (int i = 0; i <= lanes; i++) {
      offsets.add(start + i * laneWidth);
      lines.add(i == 0 ? first : i == lanes ? last : divider);
      if (i < lanes) {
        dirs.add(dir);
      }
    }
    return new CrossSection(offsets, lines, dirs);
  }
}
