package dev.mapsmith.sampledrives.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.drivelog.map.MapOrigins;
import dev.mapsmith.drivelog.map.opendrive.OpenDriveConversion;
import dev.mapsmith.drivelog.map.opendrive.OpenDriveMaps;
import dev.mapsmith.drivelog.map.osm.OsmWriter;
import dev.mapsmith.sampledrives.scene.Material;
import dev.mapsmith.sampledrives.scene.Scene;
import dev.mapsmith.sampledrives.scene.SceneBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simulator drives OpenDRIVE worlds: a converted file, written as Lanelet2 OSM with its origin
 * sidecar, loads as a scenario whose longest route runs through more than one lanelet.
 */
class OpenDriveScenarioTest {

  @TempDir Path tmp;

  static Path world(String name) {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path c = p.resolve("shared/worlds/opendrive").resolve(name);
      if (Files.isRegularFile(c)) {
        return c;
      }
    }
    assumeTrue(false, "OpenDRIVE world missing: shared/worlds/opendrive/" + name);
    return null;
  }

  @ParameterizedTest
  @ValueSource(strings = {"esmini-fabriksgatan.xodr"})
  void aConvertedOpenDriveWorldLoadsWithADrivableRoute(String name) throws Exception {
    OpenDriveConversion c = OpenDriveMaps.convert(world(name));
    Path osm = tmp.resolve(name.replace(".xodr", ".osm"));
    OsmWriter.write(c.document(), osm);
    MapOrigins.write(osm, c.origin());
    GeoOrigin origin = MapOrigins.find(osm).orElseThrow();
    assertThat(origin).isEqualTo(c.origin());

    Scenario s = MapScenario.load(osm, origin, List.of(), 10);
    RouteGraph graph = new RouteGraph(s.truth());
    List<double[]> line = graph.centreline(s.route());
    double length = 0;
    for (int i = 1; i < line.size(); i++) {
      length +=
          Math.hypot(line.get(i)[0] - line.get(i - 1)[0], line.get(i)[1] - line.get(i - 1)[1]);
    }
    double longestLanelet =
        graph.shapes().values().stream().mapToDouble(LaneletShape::length).max().orElseThrow();
    assertThat(s.route()).hasSizeGreaterThan(1);
    assertThat(length).isGreaterThan(longestLanelet);
    assertThat(graph.check(s.route())).isEqualTo(s.route());
    // the route passes through a junction, on a connecting road's lanelet
    assertThat(s.route())
        .anyMatch(id -> !s.truth().relations().get(id).tag("odr_junction").isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"esmini-fabriksgatan.xodr"})
  void itsSceneHasRoadAndObjects(String name) throws Exception {
    OpenDriveConversion c = OpenDriveMaps.convert(world(name));
    Path osm = tmp.resolve("w.osm");
    OsmWriter.write(c.document(), osm);
    Scenario s = MapScenario.load(osm, c.origin(), List.of(), 10);
    Scene scene = SceneBuilder.build(s, 1);
    double[] start = new RouteGraph(s.truth()).centreline(s.route()).get(0);
    assertThat(scene.groundAt(start[0], start[1])).isEqualTo(Material.ASPHALT);
    assertThat(scene.objectCount()).isPositive(); // curbs along the sidewalks, surroundings
  }
}
