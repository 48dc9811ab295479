package dev.mapsmith.sampledrives.world.town;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.sampledrives.Scenarios;
import dev.mapsmith.sampledrives.osm.OsmData;
import dev.mapsmith.sampledrives.world.Scenario;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TownLayoutsTest {

  @ParameterizedTest
  @EnumSource(TownKind.class)
  void eachKindHasTheLayoutItEmphasises(TownKind kind) {
    Scenario s = Scenarios.build(kind.worldName(), 5);
    assertThat(s.name()).isEqualTo(kind.worldName());
    if (kind == TownKind.MIXED) {
      assertThat(s.layouts()).containsExactlyElementsOf(TownWorld.LAYOUTS);
    } else {
      assertThat(s.layouts()).contains(kind.name().toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void intersectionsOfThreeFourAndFiveWaysAndBothRoundaboutSizesAreMade() {
    Town t = TownWorld.build(TownKind.INTERSECTION, 2);
    Set<Integer> ways = new HashSet<>();
    for (TownPlan.Leg leg : t.plan().legs()) {
      for (TownPlan.Piece p : ((TownPlan.Stretch) leg).pieces()) {
        if (p instanceof TownPlan.Junction j) {
          ways.add(j.arms().size() + 2);
          for (TownPlan.Arm a : j.arms()) {
            double skew = Math.abs(Math.abs(a.angleDeg() - 180) - 90);
            assertThat(skew).isLessThanOrEqualTo(45);
          }
        }
      }
    }
    assertThat(ways).containsExactlyInAnyOrder(3, 4, 5);
    Town r = TownWorld.build(TownKind.ROUNDABOUT, 2);
    assertThat(r.rings())
        .extracting(TownSketch.RingGeometry::lanes)
        .containsExactlyInAnyOrder(1, 2);
  }

  @Test
  void usAndEuropeanMarkingsAndEveryCrosswalkStyleAppearOverSeeds() {
    Set<String> regions = new HashSet<>(), crosswalks = new HashSet<>(), dashes = new HashSet<>();
    boolean yellowDouble = false;
    for (long seed = 1; seed <= 8; seed++) {
      Town t = TownWorld.build(TownKind.MIXED, seed);
      regions.add(t.plan().style().region());
      OsmData map = t.scenario().truth();
      for (OsmData.Way w : map.ways().values()) {
        if (w.tag("type").equals("pedestrian_marking")) {
          crosswalks.add(w.tag("subtype"));
        }
        if (w.tag("subtype").equals("dashed") && w.tag("type").equals("line_thin")) {
          dashes.add(w.tag("dash_length") + "/" + w.tag("gap_length"));
          assertThat(w.tag("color")).isEqualTo("white");
        }
        if (t.plan().style().region().equals("europe")) {
          assertThat(w.tag("color")).isNotEqualTo("yellow");
        }
        yellowDouble |= w.tag("subtype").equals("solid_solid") && w.tag("color").equals("yellow");
      }
    }
    assertThat(regions).containsExactlyInAnyOrder("us", "europe");
    assertThat(crosswalks).contains("zebra", "ladder", "two_line");
    assertThat(dashes).contains("3/9", "3/6", "6/12");
    assertThat(yellowDouble).isTrue();
  }
}
