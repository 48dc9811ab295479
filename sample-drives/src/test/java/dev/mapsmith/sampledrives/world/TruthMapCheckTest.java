package dev.mapsmith.sampledrives.world;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.lanelet.RelationTolerances;
import dev.mapsmith.drivelog.map.Lanelet2Output;
import dev.mapsmith.drivelog.map.MapCheck;
import dev.mapsmith.drivelog.map.MapFinding;
import dev.mapsmith.sampledrives.world.town.TownKind;
import dev.mapsmith.sampledrives.world.town.TownWorld;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The truth maps the simulator writes pass {@code mapsmith check-map}'s successor rule: a lanelet
 * that starts where another ends shares its end nodes (Lanelet2's routing joins lanelets by shared
 * points only), and no lanelet has its left bound on the right or bounds running apart.
 */
class TruthMapCheckTest {

  @TempDir Path dir;

  List<MapFinding> findings(Scenario s, String name) throws Exception {
    Path osm = dir.resolve(name + ".osm");
    Lanelet2Output.write(s.truth(), new LocalEnuFrame(s.origin()), osm);
    return MapCheck.check(osm, RelationTolerances.defaults()).findings();
  }

  @Test
  void builtInScenariosAndTownsShareTheEndNodesOfSuccessiveLanelets() throws Exception {
    List<String> found = new ArrayList<>();
    List<Scenario> worlds =
        new ArrayList<>(List.of(StraightWorld.build(), SuburbWorld.build(), HighwayWorld.build()));
    for (TownKind kind : TownKind.values()) {
      worlds.add(TownWorld.scenario(kind, 1));
    }
    int successors = 0;
    for (Scenario s : worlds) {
      for (MapFinding f : findings(s, s.name())) {
        found.add(s.name() + ": " + f);
      }
      successors += s.route().size() - 1; // the route's lanelets follow each other
    }
    assertThat(successors).as("successive lanelets on the routes alone").isGreaterThan(20);
    assertThat(found).isEmpty();
  }
}
