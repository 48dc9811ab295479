package dev.mapsmith.sampledrives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.sampledrives.osm.MapFaultException;
import dev.mapsmith.sampledrives.osm.OsmData;
import dev.mapsmith.sampledrives.osm.OsmXmlReader;
import dev.mapsmith.sampledrives.osm.OsmXmlWriter;
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
    OsmXmlWriter.write(s.truth(), s.origin(), file);
    OsmData map = OsmXmlReader.read(file, s.origin()).data();
    assertThat(map.lanelets()).isNotEmpty();
    for (OsmData.Relation ll : map.lanelets()) {
      assertThat(ll.id()).isPositive();
      assertThat(ll.tag("subtype")).isIn("road", "highway", "crosswalk");
      for (String role : List.of("left", "right")) {
        List<OsmData.Member> m = ll.members().stream().filter(x -> x.role().equals(role)).toList();
        assertThat(m).as(ll.id() + " " + role).hasSize(1);
        OsmData.Way w = map.ways().get(m.get(0).ref());
        assertThat(w).isNotNull();
        assertThat(w.nodes()).hasSizeGreaterThanOrEqualTo(2).allMatch(map.nodes()::containsKey);
        assertThat(w.tag("type")).isNotEmpty();
        if (w.tag("type").startsWith("line_")) {
          assertThat(w.tag("subtype")).isNotEmpty();
          assertThat(w.tag("color")).isIn("white", "yellow");
        }
      }
    }
    // The route is drivable: consecutive lanelets follow each other.
    assertThat(new RouteGraph(map).check(s.route())).isEqualTo(s.route());
    assertThat(Files.readString(file)).contains("lat=", "local_x").doesNotContain("id=\"-");
  }

  @Test
  void suburbHasStopLinesSignsCrosswalksAndDoubleYellow() {
    OsmData map = Scenarios.build("suburb").truth();
    assertThat(map.ways().values().stream().filter(w -> w.tag("type").equals("stop_line")))
        .hasSize(5);
    assertThat(map.lanelets().stream().filter(r -> r.tag("subtype").equals("crosswalk")))
        .hasSize(4);
    assertThat(
            map.relations().values().stream()
                .filter(r -> r.tag("type").equals("regulatory_element")))
        .hasSize(5);
    assertThat(map.ways().values().stream().filter(w -> w.tag("subtype").equals("solid_solid")))
        .isNotEmpty();
    assertThat(map.ways().values().stream().filter(w -> w.tag("type").equals("curbstone")))
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
  void brokenMapFailsListingEveryFaultyId() throws Exception {
    Path bad = tmp.resolve("bad.osm");
    Files.writeString(
        bad,
        """
        <osm version="0.6">
          <node id="1" lat="49.0" lon="8.4"/>
          <node id="2" lat="49.0001" lon="8.4"/>
          <way id="10"><nd ref="1"/><nd ref="2"/><tag k="type" v="line_thin"/></way>
          <way id="11"><nd ref="1"/><nd ref="99"/></way>
          <relation id="20"><member type="way" ref="10" role="left"/><tag k="type" v="lanelet"/></relation>
          <relation id="21"><member type="way" ref="10" role="left"/><member type="way" ref="77" role="right"/>
            <tag k="type" v="lanelet"/></relation>
        </osm>
        """);
    assertThatThrownBy(() -> OsmXmlReader.read(bad, null))
        .isInstanceOf(MapFaultException.class)
        .hasMessageContaining("bad.osm")
        .hasMessageContaining("way 11 refers to missing node(s) [99]")
        .hasMessageContaining("lanelet 20 has 0 'right' ways")
        .hasMessageContaining("relation 21 member way 77 (right) is missing");
    Path truncated = tmp.resolve("cut.osm");
    Files.writeString(truncated, "<osm><node id=\"1\" lat=\"49\" lon=\"8\"><tag k=");
    assertThatThrownBy(() -> OsmXmlReader.read(truncated, null))
        .isInstanceOf(MapFaultException.class)
        .hasMessageContaining("cut.osm")
        .hasMessageContaining("line 1");
  }

  @Test
  void drivesALongestRouteThroughAnyLanelet2Map() throws Exception {
    Scenario s = Scenarios.build("straight");
    Path file = tmp.resolve("in.osm");
    OsmXmlWriter.write(s.truth(), s.origin(), file);
    GenerateRequest r =
        new GenerateRequest(null, file, null, List.of(), 3, 0.3, PoseNoise.NONE, 32, true, 0);
    GeneratedDrive d = SampleDrives.generate(r, tmp.resolve("out"), ProgressMonitor.NONE);
    assertThat(d.sweeps()).isEqualTo(3);
    assertThat(Files.readString(d.drive().resolve("ground_truth/scenario.json")))
        .contains("in.osm");
    GenerateRequest wrongRoute =
        new GenerateRequest(
            null, file, null, List.of(999999L), 3, 0.3, PoseNoise.NONE, 32, true, 0);
    assertThatThrownBy(
            () -> SampleDrives.generate(wrongRoute, tmp.resolve("out2"), ProgressMonitor.NONE))
        .isInstanceOf(MapFaultException.class)
        .hasMessageContaining("999999");
    assertThat(tmp.resolve("out2")).doesNotExist();
  }
}
