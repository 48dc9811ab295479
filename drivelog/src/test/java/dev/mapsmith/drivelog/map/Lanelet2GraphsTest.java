package dev.mapsmith.drivelog.map;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.lanelet.LaneRelation;
import dev.mapsmith.core.lanelet.Lanelet;
import dev.mapsmith.core.lanelet.LaneletGeometry;
import dev.mapsmith.core.lanelet.RelationTolerances;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Lanelet2 map's lanelets, bounds, direction and relations read as a lane graph. */
class Lanelet2GraphsTest {

  @TempDir Path dir;

  LaneGraph read(String text) throws Exception {
    Path p = CraftedMaps.write(dir, "m.osm", text);
    return Lanelet2Graphs.read(Lanelet2File.load(p, null), RelationTolerances.defaults()).graph();
  }

  @Test
  void lanesRelationsAndAttributesAreRead() throws Exception {
    LaneGraph g = read(CraftedMaps.road());
    assertThat(g.lanelets()).extracting(Lanelet::id).containsExactly(100L, 101L, 102L, 103L);
    assertThat(g.lines()).hasSize(6);
    Lanelet l = g.lanelet(100).orElseThrow();
    assertThat(l.attributes().get("speed_limit")).contains("50");
    assertThat(l.attributes().get("subtype")).contains("road");
    assertThat(l.left().lineId()).isEqualTo(12);
    assertThat(g.successors(100)).containsExactly(102L);
    assertThat(g.predecessors(103)).containsExactly(101L);
    assertThat(g.relations()).contains(new LaneRelation(100, 101, LaneRelation.Kind.LEFT, true));
    assertThat(g.relations()).contains(new LaneRelation(102, 103, LaneRelation.Kind.LEFT, false));
  }

  @Test
  void aLeftBoundStoredTheOtherWayIsInvertedAndTheLaneKeepsItsDirection() throws Exception {
    LaneGraph g =
        read(
            CraftedMaps.road()
                .replace(CraftedMaps.way(13, "solid", 3, 6), CraftedMaps.way(13, "solid", 6, 3)));
    Lanelet l = g.lanelet(101).orElseThrow();
    assertThat(l.left().inverted()).isTrue();
    var c = LaneletGeometry.centerline(g, l);
    assertThat(c.x(0)).isEqualTo(0);
    assertThat(c.x(c.size() - 1)).isEqualTo(10);
    assertThat(g.successors(101)).containsExactly(103L);
  }
}
