package dev.mapsmith.sampledrives.world.town;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.sampledrives.world.RouteGraph;
import dev.mapsmith.sampledrives.world.Scenario;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TownRouteTest {

  @ParameterizedTest
  @EnumSource(TownKind.class)
  void theRouteIsConnectedThroughEveryFeatureAndLongEnough(TownKind kind) {
    for (long seed = 1; seed <= 6; seed++) {
      Scenario s = TownWorld.scenario(kind, seed);
      RouteGraph graph = new RouteGraph(s.truth());
      assertThat(graph.check(s.route())).as(kind + " seed " + seed).isEqualTo(s.route());
      double length = 0;
      for (long id : s.route()) {
        length += graph.shapes().get(id).length();
      }
      assertThat(length).as(kind + " seed " + seed + " route length").isGreaterThan(300);
      assertThat(s.route()).doesNotHaveDuplicates();
      List<double[]> line = graph.centreline(s.route());
      assertThat(line.size()).isGreaterThan(100);
    }
  }
}
