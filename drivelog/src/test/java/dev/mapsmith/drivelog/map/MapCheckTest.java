package dev.mapsmith.drivelog.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mapsmith.core.lanelet.RelationTolerances;
import dev.mapsmith.drivelog.DriveLogException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The structural check on hand-made maps, each broken one way, and on the shared real maps. */
class MapCheckTest {

  @TempDir Path dir;

  List<MapFinding> check(String text) throws DriveLogException, java.io.IOException {
    Path p = CraftedMaps.write(dir, "m.osm", text);
    return MapCheck.check(p, RelationTolerances.defaults()).findings();
  }

  @Test
  void aWellFormedRoadHasNoFindings() throws Exception {
    MapCheck.Result r =
        MapCheck.check(
            CraftedMaps.write(dir, "m.osm", CraftedMaps.road()), RelationTolerances.defaults());
    assertThat(r.findings()).isEmpty();
    assertThat(r.lanelets()).isEqualTo(4);
  }

  @Test
  void swappedBoundsAreNamed() throws Exception {
    String m =
        CraftedMaps.road()
            .replace(CraftedMaps.lanelet(101, 13, 12), CraftedMaps.lanelet(101, 12, 13));
    assertThat(check(m))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.element()).isEqualTo("lanelet 101");
              assertThat(f.rule()).isEqualTo("left_of_right");
              assertThat(f.message()).contains("way 12").contains("way 13");
            });
  }

  @Test
  void boundsRunningOppositeWaysAreNamed() throws Exception {
    String m =
        CraftedMaps.road()
            .replace(CraftedMaps.way(13, "solid", 3, 6), CraftedMaps.way(13, "solid", 6, 3));
    List<MapFinding> f = check(m);
    assertThat(f)
        .extracting(MapFinding::element, MapFinding::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("lanelet 101", "bound_direction_mismatch"));
  }

  @Test
  void aSuccessorWithItsOwnNodesIsNamed() throws Exception {
    // way 15 starts at a new node 50 on top of node 5 instead of sharing it
    String m =
        CraftedMaps.road()
            .replace(CraftedMaps.way(15, "solid", 5, 8), CraftedMaps.way(15, "solid", 50, 8))
            .replace("</osm>", CraftedMaps.node(50, 10, 3.5) + "</osm>");
    List<MapFinding> f = check(m);
    assertThat(f)
        .extracting(MapFinding::element)
        .containsExactlyInAnyOrder("lanelet 100", "lanelet 101");
    assertThat(f).allSatisfy(x -> assertThat(x.rule()).isEqualTo("successor_not_shared"));
    assertThat(f.get(0).message()).containsAnyOf("lanelet 102", "lanelet 103");
  }

  @Test
  void danglingReferencesBadIdsAndMissingBoundsAreNamed() throws Exception {
    String m =
        CraftedMaps.road()
            .replace(
                "</osm>",
                CraftedMaps.lanelet(104, 12, 99)
                    + CraftedMaps.way(-5, "solid", 1, 77)
                    + CraftedMaps.way(11, "solid", 1, 4)
                    + "  <relation id='105'><member type='way' ref='11' role='left'/>"
                    + "<tag k='type' v='lanelet'/></relation>\n"
                    + "</osm>");
    List<MapFinding> f = check(m);
    assertThat(f)
        .extracting(MapFinding::element, MapFinding::rule)
        .contains(
            org.assertj.core.groups.Tuple.tuple("relation 104", "dangling_reference"),
            org.assertj.core.groups.Tuple.tuple("way -5", "dangling_reference"),
            org.assertj.core.groups.Tuple.tuple("way -5", "id_not_positive"),
            org.assertj.core.groups.Tuple.tuple("way 11", "duplicate_id"),
            org.assertj.core.groups.Tuple.tuple("lanelet 105", "missing_bound"));
    assertThat(f)
        .filteredOn(x -> x.element().equals("relation 104"))
        .first()
        .extracting(MapFinding::message)
        .asString()
        .contains("way 99");
  }

  @Test
  void anUnreadableFileIsAnErrorNamingIt() throws Exception {
    Path p = CraftedMaps.write(dir, "broken.osm", "<osm><node id='1'");
    assertThatThrownBy(() -> MapCheck.check(p, RelationTolerances.defaults()))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining("broken.osm");
  }

  @Test
  void everySharedRealMapPassesOrGetsFindingsThatNameTheElement() throws Exception {
    Path folder = Path.of("..", "..", "shared", "worlds", "lanelet2");
    assumeTrue(
        Files.isDirectory(folder), "../shared/worlds/lanelet2 is missing; real maps not checked");
    List<Path> maps;
    try (Stream<Path> s = Files.list(folder)) {
      maps = s.filter(p -> p.toString().endsWith(".osm")).sorted().toList();
    }
    assertThat(maps).isNotEmpty();
    for (Path map : maps) {
      MapCheck.Result r = MapCheck.check(map, RelationTolerances.defaults());
      assertThat(r.lanelets()).as(map.toString()).isPositive();
      for (MapFinding f : r.findings()) {
        assertThat(f.element()).as(map + ": " + f).matches("(node|way|relation|lanelet) -?\\d+");
        assertThat(f.rule()).isNotBlank();
      }
      System.out.println(
          map.getFileName()
              + ": "
              + r.lanelets()
              + " lanelets, "
              + r.findings().size()
              + " findings");
    }
  }
}
