package dev.mapsmith.drivelog.map.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.drivelog.DriveLogException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OsmReaderWriterTest {

  @TempDir Path dir;

  static final String SAMPLE =
      """
      <?xml version='1.0' encoding='UTF-8'?>
      <osm version="0.6" generator="JOSM">
        <bounds minlat="49" minlon="8" maxlat="50" maxlon="9"/>
        <node id="1" lat="49.00001" lon="8.4">
          <tag k="ele" v="110.5"/>
          <tag k="local_x" v="1.25"/>
        </node>
        <node id="-2" action="modify" lat="49.00002" lon="8.40001"/>
        <node id="3" action="delete" lat="49.1" lon="8.5"/>
        <way id="10">
          <nd ref="1"/><nd ref="-2"/>
          <tag k="type" v="line_thin"/><tag k="subtype" v="dashed"/><tag k="color" v="white"/>
        </way>
        <relation id="20">
          <member type="way" ref="10" role="left"/>
          <member type="way" ref="99" role="right"/>
          <tag k="type" v="lanelet"/>
        </relation>
      </osm>
      """;

  @Test
  void readsNodesWaysRelationsAndTags() throws Exception {
    Path f = dir.resolve("a.osm");
    Files.writeString(f, SAMPLE);
    OsmDocument doc = OsmReader.read(f);
    assertThat(doc.nodes()).extracting(OsmNode::id).containsExactly(1L, -2L);
    OsmNode n = doc.node(1).orElseThrow();
    assertThat(n.lat()).isEqualTo(49.00001);
    assertThat(n.tags()).containsEntry("ele", "110.5").containsEntry("local_x", "1.25");
    OsmWay w = doc.way(10).orElseThrow();
    assertThat(w.nodeRefs()).containsExactly(1L, -2L);
    assertThat(w.tags()).containsEntry("type", "line_thin").containsEntry("color", "white");
    OsmRelation r = doc.relation(20).orElseThrow();
    assertThat(r.members())
        .containsExactly(new OsmMember("way", 10, "left"), new OsmMember("way", 99, "right"));
    assertThat(doc.danglingReferences())
        .containsExactly("relation 20: member way 99 (role 'right') is missing");
  }

  @Test
  void writeIsDeterministicAndRoundTrips() throws Exception {
    Path f = dir.resolve("a.osm");
    Files.writeString(f, SAMPLE);
    OsmDocument doc = OsmReader.read(f);
    Path out1 = dir.resolve("out1.osm"), out2 = dir.resolve("out2.osm");
    OsmWriter.write(doc, out1);
    OsmWriter.write(OsmReader.read(out1), out2);
    assertThat(Files.readAllBytes(out2)).isEqualTo(Files.readAllBytes(out1));
    OsmDocument back = OsmReader.read(out2);
    assertThat(back.nodes()).containsExactlyElementsOf(doc.nodes());
    assertThat(back.ways()).containsExactlyElementsOf(doc.ways());
    assertThat(back.relations()).containsExactlyElementsOf(doc.relations());
    assertThat(Files.readString(out1)).contains("lat=\"49.00001\" lon=\"8.4\"");
    try (var s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("a.osm", "out1.osm", "out2.osm");
    }
  }

  @Test
  void escapesTagValues() throws Exception {
    OsmDocument doc =
        OsmDocument.builder()
            .add(new OsmNode(5, 1e-7, -0.5, Map.of("name", "a<b & \"c\"")))
            .add(new OsmWay(6, List.of(5L), Map.of()))
            .build();
    Path f = dir.resolve("e.osm");
    OsmWriter.write(doc, f);
    assertThat(Files.readString(f)).contains("lat=\"0.0000001\"");
    assertThat(OsmReader.read(f).node(5).orElseThrow().tags()).containsEntry("name", "a<b & \"c\"");
  }

  @Test
  void errorsNameFileAndLine() throws Exception {
    Path bad = dir.resolve("bad.osm");
    Files.writeString(bad, "<osm>\n<node id=\"1\" lat=\"x\" lon=\"2\"/>\n</osm>\n");
    OsmDocument skipped = OsmReader.read(bad);
    assertThat(skipped.nodes()).isEmpty();
    assertThat(skipped.problems())
        .singleElement()
        .asString()
        .contains("node 1", "line 2", "lat='x'");
    Path broken = dir.resolve("broken.osm");
    Files.writeString(broken, "<osm>\n<node id=\"1\" lat=\"1\" lon=\"2\">\n</osm>\n");
    assertThatThrownBy(() -> OsmReader.read(broken))
        .hasMessageContaining("broken.osm")
        .hasMessageContaining("line 3")
        .hasMessageContaining("not well-formed");
    Path noId = dir.resolve("noid.osm");
    Files.writeString(noId, "<osm>\n\n<way>\n</way></osm>");
    assertThatThrownBy(() -> OsmReader.read(noId))
        .hasMessageContaining("line 3")
        .hasMessageContaining("'id'");
    assertThatThrownBy(() -> OsmReader.read(dir.resolve("missing.osm")))
        .hasMessageContaining("missing.osm");
  }

  @Test
  void josmLeftoversAreSkippedAndIdsSurviveARoundTrip() throws Exception {
    Path f = dir.resolve("josm.osm");
    Files.writeString(
        f,
        """
        <osm version='0.6' generator='JOSM'>
          <node id='-5' action='modify' visible='true' lat='49.1' lon='8.1'/>
          <node id='-6' lat='49.2' lon='8.2'/>
          <node id='-7' action='delete' lat='49.3' lon='8.3'/>
          <node id='-8' visible='false' lat='49.4' lon='8.4'/>
          <node id='9'><tag k='local_x' v='3.5'/><tag k='local_y' v='-2'/></node>
          <way id='-10' action='modify'><nd ref='-5'/><nd ref='-6'/></way>
          <way id='-11' action='delete'><nd ref='-5'/><nd ref='-7'/></way>
          <relation id='-12' visible='false'><member type='way' ref='-10' role='left'/></relation>
        </osm>
        """);
    OsmDocument doc = OsmReader.read(f);
    assertThat(doc.nodes()).extracting(OsmNode::id).containsExactly(-5L, -6L, 9L);
    assertThat(doc.ways()).extracting(OsmWay::id).containsExactly(-10L);
    assertThat(doc.relations()).isEmpty();
    OsmNode local = doc.node(9).orElseThrow();
    assertThat(local.hasLatLon()).isFalse();
    assertThat(local.local()).contains(new dev.mapsmith.core.geom.Point3(3.5, -2, 0));
    Path out = dir.resolve("again.osm");
    OsmWriter.write(doc, out);
    assertThat(Files.readString(out)).contains("<node id=\"9\">").contains("<way id=\"-10\">");
    OsmDocument back = OsmReader.read(out);
    assertThat(back.nodes()).containsExactlyElementsOf(doc.nodes());
    assertThat(back.ways()).containsExactlyElementsOf(doc.ways());
  }

  @Test
  void unusableCoordinatesSkipTheNodeWithAWarningNamingIt() throws Exception {
    Path f = dir.resolve("bad-coords.osm");
    Files.writeString(
        f,
        """
        <osm>
          <node id='1' lat='1e308' lon='8'/>
          <node id='2'><tag k='local_x' v='1e308'/><tag k='local_y' v='0'/></node>
          <node id='3' lat='49' lon='8'><tag k='ele' v='NaN'/></node>
          <node id='4'><tag k='local_x' v='1'/></node>
          <node id='5'/>
          <node id='6' lat='49' lon='8'><tag k='local_x' v='7'/></node>
        </osm>
        """);
    OsmDocument doc = OsmReader.read(f);
    assertThat(doc.nodes()).extracting(OsmNode::id).containsExactly(6L);
    assertThat(doc.problems())
        .hasSize(5)
        .anySatisfy(p -> assertThat(p).startsWith("node 1 (line 2").contains("lat='1e308'"))
        .anySatisfy(p -> assertThat(p).startsWith("node 2 ").contains("local_x='1e308'"))
        .anySatisfy(p -> assertThat(p).startsWith("node 3 ").contains("ele='NaN'"))
        .anySatisfy(p -> assertThat(p).startsWith("node 4 ").contains("no local_y"))
        .anySatisfy(p -> assertThat(p).startsWith("node 5 ").contains("neither"));
  }

  @Test
  void aFileThatIsNotXmlNamesTheFileAndThePosition() throws Exception {
    Path f = dir.resolve("notes.osm");
    Files.writeString(f, "<osm>\n  <node id='1' lat='1' lon='2'/>\n  this & that\n</osm>\n");
    assertThatThrownBy(() -> OsmReader.read(f))
        .isInstanceOf(DriveLogException.class)
        .hasMessageStartingWith(f.toString())
        .hasMessageContaining("line 3, column")
        .hasMessageNotContaining("Exception")
        .hasMessageNotContaining("ParseError");
    Path text = dir.resolve("plain.osm");
    Files.writeString(text, "just some text, not a map\n");
    assertThatThrownBy(() -> OsmReader.read(text))
        .hasMessageStartingWith(text.toString())
        .hasMessageContaining("line 1")
        .hasMessageNotContaining("Exception");
  }

  @Test
  void aControlCharacterInASkippedDtdIsAFaultOfTheFile() throws Exception {
    // found by OsmFuzzTest: the JDK parser threw MissingResourceException (InvalidCharInDTD)
    Path f = dir.resolve("dtd.osm");
    Files.write(
        f,
        ("<?xml version=\"1.0\"?><!DOCTYPE osm [<!ENTITY x SYSTEM \"file:///etc/p\u0001\">]>"
                + "<osm version=\"0.6\"/>")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThatThrownBy(() -> OsmReader.read(f))
        .isInstanceOf(DriveLogException.class)
        .hasMessageStartingWith(f.toString())
        .hasMessageContaining("not well-formed XML")
        .hasMessageContaining("InvalidCharInDTD")
        .hasMessageNotContaining("Exception");
  }

  @Test
  void aFaultFoundWhileParsingIsNamedOnce() throws Exception {
    Path f = dir.resolve("root.osm");
    Files.writeString(f, "<map/>");
    assertThatThrownBy(() -> OsmReader.read(f))
        .hasMessage(f + " (line 1, column 7): root element is <map>, not <osm>");
  }
}
