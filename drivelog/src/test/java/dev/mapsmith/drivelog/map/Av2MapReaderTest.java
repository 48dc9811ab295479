package dev.mapsmith.drivelog.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Polylines;
import dev.mapsmith.core.map.LinePattern;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.PaintColor;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Av2MapReaderTest {

  @TempDir Path dir;

  @Test
  void readsTheRealPittsburghMap() throws Exception {
    MapReadResult r = Av2MapReader.read(Fixtures.require(Fixtures.AV2_MAP));
    assertThat(r.map().frame()).isEqualTo(new NamedLocalFrame("PIT"));
    assertThat(r.problems()).isEmpty();
    List<Primitive> dividers = r.map().ofClass(MapClass.DIVIDER);
    // 194 painted boundary sides in the file; shared ones and continuations collapse
    assertThat(dividers).isNotEmpty().hasSizeLessThan(194);
    Set<String> shapes = new HashSet<>();
    for (Primitive d : dividers) {
      assertThat(d.attributes().get("av2_mark_type")).isPresent().isNotEqualTo("NONE");
      assertThat(shapes.add(d.geometry().toString() + d.geometry().bounds())).isTrue();
    }
    assertThat(dividers)
        .anySatisfy(
            d -> {
              assertThat(d.attributes().pattern()).contains(LinePattern.SOLID_SOLID);
              assertThat(d.attributes().color()).contains(PaintColor.YELLOW);
            });
    assertThat(r.map().ofClass(MapClass.PED_CROSSING)).hasSize(11);
    List<Primitive> boundaries = r.map().ofClass(MapClass.BOUNDARY);
    assertThat(boundaries).isNotEmpty().hasSizeLessThanOrEqualTo(8 + 20);
    for (Primitive b : boundaries) {
      int n = b.geometry().size();
      assertThat(b.geometry().point(0)).isEqualTo(b.geometry().point(n - 1));
      assertThat(Polylines.length2d(b.geometry(), false)).isGreaterThan(10);
    }
  }

  @Test
  void sharedBoundariesCountOnceAndContinuationsMerge() throws Exception {
    // lanes 1 and 2 side by side share the line y=3 (reversed in lane 2); lane 3 continues lane 1
    String json =
        """
        {"lane_segments": {
          "1": {"left_lane_boundary": [{"x":0,"y":3,"z":0},{"x":10,"y":3,"z":0}],
                "right_lane_boundary": [{"x":0,"y":0,"z":0},{"x":10,"y":0,"z":0}],
                "left_lane_mark_type": "DASHED_WHITE", "right_lane_mark_type": "NONE"},
          "2": {"left_lane_boundary": [{"x":10,"y":6,"z":0},{"x":0,"y":6,"z":0}],
                "right_lane_boundary": [{"x":10,"y":3,"z":0},{"x":0,"y":3,"z":0}],
                "left_lane_mark_type": "SOLID_YELLOW", "right_lane_mark_type": "DASHED_WHITE"},
          "3": {"left_lane_boundary": [{"x":10,"y":3,"z":0},{"x":20,"y":3,"z":0}],
                "right_lane_boundary": [{"x":10,"y":0,"z":0},{"x":20,"y":0,"z":0}],
                "left_lane_mark_type": "DASHED_WHITE", "right_lane_mark_type": "NONE"}},
         "pedestrian_crossings": {"9": {"edge1": [{"x":0,"y":0,"z":0},{"x":0,"y":6,"z":0}],
                                        "edge2": [{"x":2,"y":0,"z":0},{"x":2,"y":6,"z":0}]}},
         "drivable_areas": {
           "5": {"area_boundary": [{"x":0,"y":0,"z":1},{"x":10,"y":0,"z":1},{"x":10,"y":6,"z":1},{"x":0,"y":6,"z":1}]},
           "6": {"area_boundary": [{"x":10,"y":0,"z":1},{"x":20,"y":0,"z":1},{"x":20,"y":6,"z":1},{"x":10,"y":6,"z":1}]}}}
        """;
    Path f = dir.resolve("log_map_archive_x____MIA_city_1.json");
    Files.writeString(f, json);
    MapReadResult r = Av2MapReader.read(f);
    assertThat(r.map().frame()).isEqualTo(new NamedLocalFrame("MIA"));
    List<Primitive> dividers = r.map().ofClass(MapClass.DIVIDER);
    assertThat(dividers).hasSize(2);
    Primitive dashed =
        dividers.stream()
            .filter(d -> d.attributes().pattern().equals(java.util.Optional.of(LinePattern.DASHED)))
            .findFirst()
            .orElseThrow();
    assertThat(Polylines.length2d(dashed.geometry(), false)).isEqualTo(20.0);
    assertThat(dashed.attributes().get("av2_lane_segments")).contains("1,2,3");
    List<Primitive> boundary = r.map().ofClass(MapClass.BOUNDARY);
    assertThat(boundary).hasSize(1);
    assertThat(Polylines.length2d(boundary.get(0).geometry(), false)).isEqualTo(52.0);
    assertThat(boundary.get(0).geometry().z(0)).isEqualTo(1.0);
    Primitive crossing = r.map().ofClass(MapClass.PED_CROSSING).get(0);
    assertThat(crossing.geometry().toArray()).containsExactly(0, 0, 0, 0, 6, 0, 2, 6, 0, 2, 0, 0);
  }

  @Test
  void brokenJsonNamesFileAndLine() throws Exception {
    Path f = dir.resolve("bad.json");
    Files.writeString(f, "{\"lane_segments\": {\n  \"1\": {\"left_lane_boundary\": [,]}}");
    assertThatThrownBy(() -> Av2MapReader.read(f))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining("bad.json")
        .hasMessageContaining("line 2");
    Path g = dir.resolve("nan.json");
    Files.writeString(
        g,
        "{\"lane_segments\": {\"1\": {\"left_lane_boundary\": [{\"x\": \"a\", \"y\": 1}],"
            + " \"left_lane_mark_type\": \"SOLID_WHITE\"}}}");
    assertThatThrownBy(() -> Av2MapReader.read(g))
        .hasMessageContaining("nan.json")
        .hasMessageContaining("lane_segments.1.left_lane_boundary[0]");
  }
}
