package dev.mapsmith.sampledrives.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code suburb}: a 480 m main road with curves, 2+2 lanes and a double-yellow centre; a 4-way
 * intersection (stop lines, signs, crosswalks on all arms) with a 1+1 cross road at s = 90 m; a 1+1
 * side street joining from the right at s = 40 m.
 */
public final class SuburbWorld {

  private static final double SPEED = 40;

  private SuburbWorld() {}

  public static Scenario build() {
    MapBuilder map = new MapBuilder();
    RoadPath main =
        RoadPath.start(0, 0, 0)
            .straight(130)
            .arc(70, 50)
            .straight(60)
            .arc(90, -50)
            .straight(150)
            .build();
    double end = main.length();
    CrossSection twoByTwo =
        new CrossSection(
            List.of(-7.0, -3.5, 0.0, 3.5, 7.0),
            List.of(
                LineTags.CURB,
                LineTags.DASHED_WHITE,
                LineTags.DOUBLE_YELLOW,
                LineTags.DASHED_WHITE,
                LineTags.CURB),
            List.of(1, 1, -1, -1));
    Map<Integer, LineTags> allVirtual =
        Map.of(
            0,
            LineTags.VIRTUAL,
            1,
            LineTags.VIRTUAL,
            2,
            LineTags.VIRTUAL,
            3,
            LineTags.VIRTUAL,
            4,
            LineTags.VIRTUAL);
    long[] a1 = twoByTwo.build(map, main, 0, 33.5, Map.of(), "road", SPEED);
    long[] a2 = twoByTwo.build(map, main, 33.5, 46.5, Map.of(0, LineTags.VIRTUAL), "road", SPEED);
    long[] a3 = twoByTwo.build(map, main, 46.5, 78.5, Map.of(), "road", SPEED);
    long[] x = twoByTwo.build(map, main, 78.5, 101.5, allVirtual, "road", SPEED);
    long[] b = twoByTwo.build(map, main, 101.5, end, Map.of(), "road", SPEED);
    for (double[] r : new double[][] {{78.5, 82.5}, {97.5, 101.5}}) {
      map.line(main.line(r[0], r[1], -7, 2.0), LineTags.CURB);
      map.line(main.line(r[1], r[0], 7, 2.0), LineTags.CURB);
    }
    crosswalk(map, main, 79.5, 82.5, 7);
    crosswalk(map, main, 97.5, 100.5, 7);
    long stopEast = map.line(main.across(78.5, -7, 0), LineTags.STOP_LINE);
    map.stopSign(stopEast, main.at(78.5, -8.5), List.of(a3[0], a3[1]));
    long stopWest = map.line(main.across(101.5, 7, 0), LineTags.STOP_LINE);
    map.stopSign(stopWest, main.at(101.5, 8.5), List.of(b[2], b[3]));

    RoadPath cross = RoadPath.start(90, -60, 90).straight(120).build();
    CrossSection oneByOne =
        new CrossSection(
            List.of(-3.5, 0.0, 3.5),
            List.of(LineTags.CURB, LineTags.DOUBLE_YELLOW, LineTags.CURB),
            List.of(1, -1));
    long[] c1 = oneByOne.build(map, cross, 0, 45, Map.of(), "road", SPEED);
    oneByOne.build(
        map,
        cross,
        45,
        75,
        Map.of(0, LineTags.VIRTUAL, 1, LineTags.VIRTUAL, 2, LineTags.VIRTUAL),
        "road",
        SPEED);
    long[] c3 = oneByOne.build(map, cross, 75, 120, Map.of(), "road", SPEED);
    for (double[] r : new double[][] {{45, 49}, {71, 75}}) {
      map.line(cross.line(r[0], r[1], -3.5, 2.0), LineTags.CURB);
      map.line(cross.line(r[1], r[0], 3.5, 2.0), LineTags.CURB);
    }
    crosswalk(map, cross, 46, 49, 3.5);
    crosswalk(map, cross, 71, 74, 3.5);
    long stopNorth = map.line(cross.across(45, -3.5, 0), LineTags.STOP_LINE);
    map.stopSign(stopNorth, cross.at(45, -5), List.of(c1[0]));
    long stopSouth = map.line(cross.across(75, 3.5, 0), LineTags.STOP_LINE);
    map.stopSign(stopSouth, cross.at(75, 5), List.of(c3[1]));

    RoadPath side = RoadPath.start(40, -67, 90).straight(60).build();
    CrossSection sideSection =
        new CrossSection(
            List.of(-3.5, 0.0, 3.5),
            List.of(LineTags.CURB, LineTags.DASHED_YELLOW, LineTags.CURB),
            List.of(1, -1));
    long[] s1 = sideSection.build(map, side, 0, 56, Map.of(), "road", SPEED);
    sideSection.build(
        map, side, 56, 60, Map.of(0, LineTags.VIRTUAL, 2, LineTags.VIRTUAL), "road", SPEED);
    long stopSide = map.line(side.across(56, -3.5, 0), LineTags.STOP_LINE);
    map.stopSign(stopSide, side.at(56, -5), List.of(s1[0]));

    List<Long> route = new ArrayList<>(List.of(a1[0], a2[0], a3[0], x[0], b[0]));
    return new Scenario("suburb", map.build(), SampleOrigin.DEFAULT, route, 11, true);
  }

  /** A crosswalk lanelet between s0 and s1, across the whole road of half width {@code half}. */
  static void crosswalk(MapBuilder map, RoadPath path, double s0, double s1, double half) {
    long left = map.line(path.across(s0, -half, half), LineTags.CROSSWALK_EDGE);
    long right = map.line(path.across(s1, -half, half), LineTags.CROSSWALK_EDGE);
    map.lanelet(left, right, "crosswalk", 0);
  }
}
