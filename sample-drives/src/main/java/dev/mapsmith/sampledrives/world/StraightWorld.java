package dev.mapsmith.sampledrives.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code straight}: 300 m, two lanes one way, dashed centre, solid edges, curbs beyond. */
public final class StraightWorld {

  private StraightWorld() {}

  public static Scenario build() {
    MapBuilder map = new MapBuilder();
    RoadPath path = RoadPath.start(0, 0, 0).straight(300).build();
    CrossSection cs =
        new CrossSection(
            List.of(-3.5, 0.0, 3.5),
            List.of(LineTags.SOLID_WHITE, LineTags.DASHED_WHITE, LineTags.SOLID_WHITE),
            List.of(1, 1));
    List<Long> route = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      route.add(cs.build(map, path, 100 * k, 100 * (k + 1), Map.of(), "road", 50)[0]);
    }
    map.line(path.line(0, 300, -4.1, 2.0), LineTags.CURB);
    map.line(path.line(300, 0, 4.1, 2.0), LineTags.CURB);
    return new Scenario("straight", map.build(), SampleOrigin.DEFAULT, route, 12, true);
  }
}
