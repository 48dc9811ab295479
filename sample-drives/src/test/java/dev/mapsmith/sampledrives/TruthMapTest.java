package dev.mapsmith.sampledrives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.map.Lanelet2File;
import dev.mapsmith.drivelog.map.Lanelet2Output;
import dev.mapsmith.drivelog.map.MapOrigin;
import dev.mapsmith.drivelog.map.osm.OsmDocument;
import dev.mapsmith.drivelog.map.osm.OsmMember;
import dev.mapsmith.drivelog.map.osm.OsmNode;
import dev.mapsmith.drivelog.map.osm.OsmRelation;
import dev.mapsmith.drivelog.map.osm.OsmWay;
import dev.mapsmith.sampledrives.world.MapPoints;
import dev.mapsmith.sampledrives.world.RouteGraph;
import dev.mapsmith.sampledrives.world.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TruthMapTest {

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"straight", "suburb", "highway"})
  void everyLaneletInTheWrittenMapIsComplete(String name) throws Exception {
    Scenario s = Scenarios.build(name);
    Path file = tmp.resolve(name + ".osm");
    Lanelet2Output.write(s.truth(), new LocalEnuFrame(s.origin()), file);
    Lanelet2File read = Lanelet2File.load(file, null);
    assertThat(read.origin().source()).isEqualTo(MapOrigin.Source.PROJECTOR_INFO);
    assertThat(read.frame()).isEqualTo(new LocalEnuFrame(s.origin()));
    assertThat(read.problems()).isEmpty();
    OsmDocument map = read.map();
    for (OsmNode n : s.truth().nodes()) {
      assertThat(map.node(n.id()).orElseThrow().local()).isEqualTo(n.local());
    }
    assertThat(MapPoints.lanelets(map)).isNotEmpty();
    for (OsmRelation ll : MapPoints.lanelets(map)) {
      assertThat(ll.id()).isPositive();
      assertThat(ll.tag("subtype"))
          .hasValueSatisfying(v -> assertThat(v).isIn("road", "highway", "crosswalk"));
      for (String role : List.of("left", "right")) {
        assertThat(ll.withRole(role)).as(ll.id() + " " + role).hasSize(1);
        OsmWay w = map.way(ll.withRole(role).get(0).ref()).orElseThrow();
        assertThat(w.nodeRefs()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(w.tag("type")).isPresent();
        if (MapPoints.tag(w, "type").startsWith("line_")) {
          assertThat(w.tag("subtype")).isPresent();
          assertThat(MapPoints.tag(w, "color")).isIn("white", "yellow");
        }
      }
    }
    // The route is drivable: consecutive lanelets follow each other.
    assertThat(new RouteGraph(map).check(s.route())).isEqualTo(s.route());
    assertThat(Files.readString(file)).contains("lat=", "local_x").doesNotContain("id=\"-");
  }

  @Test
  void suburbHasStopLinesSignsCrosswalksAndDoubleYellow() {
    OsmDocument map = Scenarios.build("suburb").truth();
    assertThat(map.ways().stream().filter(w -> MapPoints.tag(w, "type").equals("stop_line")))
        .hasSize(5);
    assertThat(
            MapPoints.lanelets(map).stream()
                .filter(r -> r.tag("subtype").orElse("").equals("crosswalk")))
        .hasSize(4);
    assertThat(
            map.relations().stream()
                .filter(r -> r.tag("type").orElse("").equals("regulatory_element")))
        .hasSize(5);
    assertThat(map.ways().stream().filter(w -> MapPoints.tag(w, "subtype").equals("solid_solid")))
        .isNotEmpty();
    assertThat(map.ways().stream().filter(w -> MapPoints.tag(w, "type").equals("curbstone")))
        .isNotEmpty();
  }

  @Test
  void unknownScenarioListsTheKnownOnes() {
    assertThatThrownBy(() -> Scenarios.build("moon"))
        .isInstanceOf(UnknownScenarioException.class)
        .hasMessageContaining("moon")
        .hasMessageContaining("straight, suburb, highway");
  }

  @Test
  void brokenElementsAreSkippedAndTheRestIsDriven() throws Exception {
    Scenario s = Scenarios.build("straight");
    Path file = tmp.resolve("broken.osm");
    Lanelet2Output.write(s.truth(), new LocalEnuFrame(s.origin()), file);
    String broken =
        Files.readString(file)
            .replace(
                "</osm>",
                """
                  <way id="900001"><nd ref="1"/><tag k="type" v="line_thin"/></way>
                  <way id="900002"><nd ref="1"/><nd ref="424242"/></way>
                  <relation id="900003"><member type="way" ref="900001" role="left"/>
                    <tag k="type" v="lanelet"/></relation>
                </osm>
                """);
    Files.writeString(file, broken);
    GenerateRequest r =
        new GenerateRequest(null, file, null, List.of(), 3, 0.3, PoseNoise.NONE, 32, true, 0);
    GeneratedDrive d = SampleDrives.generate(r, tmp.resolve("out"), ProgressMonitor.NONE);
    assertThat(d.sweeps()).isEqualTo(3);
    assertThat(d.originSource()).isEqualTo("map_projector_info");
    assertThat(d.mapProblems())
        .hasSize(3)
        .anySatisfy(p -> assertThat(p).startsWith("way 900001: has 1 node"))
        .anySatisfy(p -> assertThat(p).startsWith("way 900002: node 424242 is missing"))
        .anySatisfy(p -> assertThat(p).startsWith("relation 900003 (lanelet)"));
    Path truncated = tmp.resolve("cut.osm");
    Files.writeString(truncated, "<osm><node id=\"1\" lat=\"49\" lon=\"8\"><tag k=");
    GenerateRequest cut =
        new GenerateRequest(null, truncated, null, List.of(), 3, 0.3, PoseNoise.NONE, 32, true, 0);
    assertThatThrownBy(() -> SampleDrives.generate(cut, tmp.resolve("out2"), ProgressMonitor.NONE))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining("cut.osm")
        .hasMessageContaining("line 1");
  }

  @Test
  void josmIdsStayTheSameSoARouteByTheFilesIdsStillMatches() throws Exception {
    Scenario s = Scenarios.build("straight");
    OsmDocument.Builder b = OsmDocument.builder();
    for (OsmNode n : s.truth().nodes()) {
      b.add(new OsmNode(-n.id(), n.lat(), n.lon(), n.tags()));
    }
    for (OsmWay w : s.truth().ways()) {
      b.add(new OsmWay(-w.id(), w.nodeRefs().stream().map(x -> -x).toList(), w.tags()));
    }
    for (OsmRelation r : s.truth().relations()) {
      List<OsmMember> m =
          r.members().stream().map(x -> new OsmMember(x.type(), -x.ref(), x.role())).toList();
      b.add(new OsmRelation(-r.id(), m, r.tags()));
    }
    Path file = tmp.resolve("josm.osm");
    Lanelet2Output.write(b.build(), new LocalEnuFrame(s.origin()), file);
    String josm =
        Files.readString(file)
            .replace("<way id=", "<way action=\"modify\" id=")
            .replace(
                "</osm>", "  <way id=\"-999\" action=\"delete\"><nd ref=\"-1\"/></way>\n</osm>");
    Files.writeString(file, josm);
    List<Long> route = s.route().stream().map(x -> -x).toList();
    GenerateRequest r =
        new GenerateRequest(null, file, null, route, 3, 0.3, PoseNoise.NONE, 32, true, 0);
    GeneratedDrive d = SampleDrives.generate(r, tmp.resolve("out"), ProgressMonitor.NONE);
    assertThat(d.mapProblems()).isEmpty();
    OsmDocument truth = Lanelet2File.load(d.truthMap(), null).map();
    for (long id : route) {
      assertThat(truth.relation(id)).as("lanelet " + id).isPresent();
    }
    GenerateRequest again =
        new GenerateRequest(null, d.truthMap(), null, route, 3, 0.3, PoseNoise.NONE, 32, true, 0);
    assertThat(SampleDrives.scenario(again).route()).isEqualTo(route);
  }

  @Test
  void drivesALongestRouteThroughAnyLanelet2Map() throws Exception {
    Scenario s = Scenarios.build("straight");
    Path file = tmp.resolve("in.osm");
    Lanelet2Output.write(s.truth(), new LocalEnuFrame(s.origin()), file);
    GenerateRequest r =
        new GenerateRequest(null, file, null, List.of(), 3, 0.3, PoseNoise.NONE, 32, true, 0);
    GeneratedDrive d = SampleDrives.generate(r, tmp.resolve("out"), ProgressMonitor.NONE);
    assertThat(d.sweeps()).isEqualTo(3);
    assertThat(Files.readString(d.drive().resolve("ground_truth/scenario.json")))
        .contains("in.osm");
    assertThat(d.drive().resolve("ground_truth/map_projector_info.yaml")).exists();
    GenerateRequest wrongRoute =
        new GenerateRequest(
            null, file, null, List.of(999999L), 3, 0.3, PoseNoise.NONE, 32, true, 0);
    assertThatThrownBy(
            () -> SampleDrives.generate(wrongRoute, tmp.resolve("out2"), ProgressMonitor.NONE))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining("999999");
    assertThat(tmp.resolve("out2")).doesNotExist();
  }
}
