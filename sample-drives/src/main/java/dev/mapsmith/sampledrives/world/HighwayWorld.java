package dev.mapsmith.sampledrives.world;

import java.util.List;
import java.util.Map;

/**
 * {@code highway}: 1.4 km of four lanes one way with wide curves, a yellow left edge, barriers on
 * both sides and an on-ramp from the right that becomes an acceleration lane (s = 260–420 m) and
 * tapers into the right lane (420–500 m).
 */
public final class HighwayWorld {

  private static final double SPEED = 100;
  private static final LineTags THICK_DASHED = new LineTags("line_thick", "dashed", "white");

  private HighwayWorld() {}

  public static Scenario build() {
    MapBuilder map = new MapBuilder();
    RoadPath p =
        RoadPath.start(0, 0, 0)
            .straight(200)
            .arc(600, 25)
            .straight(200)
            .arc(800, -30)
            .straight(300)
            .build();
    double end = p.length();
    CrossSection four =
        new CrossSection(
            List.of(-14.4, -10.8, -7.2, -3.6, 0.0),
            List.of(
                LineTags.SOLID_WHITE,
                LineTags.DASHED_WHITE,
                LineTags.DASHED_WHITE,
                LineTags.DASHED_WHITE,
                LineTags.SOLID_YELLOW),
            List.of(1, 1, 1, 1));
    long[] m1 = four.build(map, p, 0, 260, Map.of(), "highway", SPEED);
    long[] m2 = four.build(map, p, 260, 420, Map.of(0, THICK_DASHED), "highway", SPEED);
    long[] m3 = four.build(map, p, 420, 500, Map.of(0, THICK_DASHED), "highway", SPEED);
    long[] m4 = four.build(map, p, 500, end, Map.of(), "highway", SPEED);

    // The ramp: 25 m out at s = 150, alongside at s = 260.
    long rampLeft = map.line(p.line(150, 260, s -> -14.4 - gap(s), 2.0), LineTags.SOLID_WHITE);
    long rampRight = map.line(p.line(150, 260, s -> -18.0 - gap(s), 2.0), LineTags.SOLID_WHITE);
    map.lanelet(rampLeft, rampRight, "highway", 80);
    long accelRight = map.line(p.line(260, 420, -18.0, 2.0), LineTags.SOLID_WHITE);
    long accelLeft = wayOf(map, m2[0], "right");
    map.lanelet(accelLeft, accelRight, "highway", SPEED);
    long taperRight =
        map.line(p.line(420, 500, s -> -18.0 + 3.6 * (s - 420) / 80, 2.0), LineTags.SOLID_WHITE);
    map.lanelet(wayOf(map, m3[0], "right"), taperRight, "highway", SPEED);

    map.line(p.line(0, 150, -17.4, 2.0), LineTags.BORDER);
    map.line(p.line(150, 260, s -> -19.0 - gap(s), 2.0), LineTags.BORDER);
    map.line(p.line(260, 500, -19.0, 2.0), LineTags.BORDER);
    map.line(p.line(500, 560, s -> -19.0 + 1.6 * (s - 500) / 60, 2.0), LineTags.BORDER);
    map.line(p.line(560, end, -17.4, 2.0), LineTags.BORDER);
    map.line(p.line(end, 0, 1.2, 2.0), LineTags.BORDER);

    List<Long> route = List.of(m1[1], m2[1], m3[1], m4[1]);
    return new Scenario("highway", map.build(), SampleOrigin.DEFAULT, route, 25, false);
  }

  private static double gap(double s) {
    double t = Math.max(0, Math.min(1, (s - 150) / 110));
    return 25 * (1 - (3 * t * t - 2 * t * t * t));
  }

  private static long wayOf(MapBuilder map, long lanelet, String role) {
    return LaneletShape.member(map.build().relation(lanelet).orElseThrow(), role);
  }
}
