package dev.mapsmith.drivelog.map.opendrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mapsmith.core.frame.EnuProjection;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.drivelog.map.osm.OsmDocument;
import dev.mapsmith.drivelog.map.osm.OsmNode;
import dev.mapsmith.drivelog.map.osm.OsmRelation;
import dev.mapsmith.drivelog.map.osm.OsmWay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A straight road along x (so local_x is s and local_y is t) with a lane offset, an elevation and
 * lane widths that change along s, two lane sections, a stop-line signal and a crosswalk.
 */
class LaneGeometryTest {

  static final String ROAD =
      """
      <?xml version="1.0"?>
      <OpenDRIVE>
        <header revMajor="1" revMinor="6"/>
        <road id="7" length="100" junction="-1">
          <planView>
            <geometry s="0" x="0" y="0" hdg="0" length="100"><line/></geometry>
          </planView>
          <elevationProfile><elevation s="0" a="2" b="0.01" c="0" d="0"/></elevationProfile>
          <lanes>
            <laneOffset s="0" a="0.5" b="0.01" c="0" d="0"/>
            <laneSection s="0">
              <left><lane id="1" type="driving"><width sOffset="0" a="3.5" b="0" c="0" d="0"/>
                <roadMark sOffset="0" type="none"/></lane>
                <lane id="2" type="shoulder"><width sOffset="0" a="0.3"/><roadMark type="curb"/></lane>
              </left>
              <center><lane id="0" type="none"><roadMark sOffset="0" type="solid solid" color="yellow"/></lane></center>
              <right>
                <lane id="-1" type="driving"><width sOffset="0" a="3" b="0.02" c="-0.0002" d="0"/>
                  <roadMark sOffset="0" type="broken"/></lane>
                <lane id="-2" type="driving"><width sOffset="0" a="3" b="0" c="0" d="0"/>
                  <roadMark sOffset="0" type="curb"/></lane>
                <lane id="-3" type="sidewalk"><width sOffset="0" a="2" b="0" c="0" d="0"/></lane>
              </right>
            </laneSection>
            <laneSection s="50">
              <left><lane id="1" type="driving"><width sOffset="0" a="3.5" b="0" c="0" d="0"/></lane></left>
              <center><lane id="0" type="none"/></center>
              <right>
                <lane id="-1" type="driving"><width sOffset="10" a="3" b="0" c="0.001" d="0"/>
                  <width sOffset="0" a="3.5" b="-0.05" c="0" d="0"/></lane>
                <lane id="-2" type="shoulder"><width sOffset="0" a="1" b="0" c="0" d="0"/></lane>
              </right>
            </laneSection>
          </lanes>
          <objects>
            <object id="c1" type="crosswalk" s="30" t="0" hdg="1.5707963267948966">
              <outline>
                <cornerLocal u="-8" v="-1.5" z="0"/><cornerLocal u="8" v="-1.5" z="0"/>
                <cornerLocal u="8" v="1.5" z="0"/><cornerLocal u="-8" v="1.5" z="0"/>
              </outline>
            </object>
          </objects>
          <signals><signal id="s1" s="40" t="-3" type="294" orientation="+"/></signals>
        </road>
      </OpenDRIVE>
      """;

  @TempDir Path dir;

  OpenDriveConversion convert() throws Exception {
    Path f = dir.resolve("road.xodr");
    Files.writeString(f, ROAD);
    return OpenDriveMaps.convert(f);
  }

  static double offset(double s) {
    return 0.5 + 0.01 * s;
  }

  static double width1(double s) {
    return s < 50
        ? 3 + 0.02 * s - 0.0002 * s * s
        : s < 60 ? 3.5 - 0.05 * (s - 50) : 3 + 0.001 * (s - 60) * (s - 60);
  }

  @Test
  void laneEdgesFollowTheWidthAndOffsetPolynomials() throws Exception {
    OpenDriveConversion c = convert();
    assertThat(c.problems()).isEmpty();
    assertThat(c.fromGeoReference()).isFalse();
    assertThat(c.origin()).isEqualTo(GeoFrame.LOCAL_ORIGIN);
    OsmDocument doc = c.document();
    int checked = 0;
    for (OsmRelation r : lanelets(doc, "-1")) {
      OsmWay left = doc.way(r.withRole("left").get(0).ref()).orElseThrow();
      OsmWay right = doc.way(r.withRole("right").get(0).ref()).orElseThrow();
      for (OsmNode n : nodes(doc, left)) {
        assertThat(y(n)).isCloseTo(offset(x(n)), within(1e-3));
        checked++;
      }
      for (OsmNode n : nodes(doc, right)) {
        assertThat(y(n)).isCloseTo(offset(x(n)) - width1(x(n)), within(1e-3));
        assertThat(ele(n)).isCloseTo(2 + 0.01 * x(n), within(1e-3));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(10);
    for (OsmRelation r : lanelets(doc, "1")) {
      OsmWay outer = doc.way(r.withRole("right").get(0).ref()).orElseThrow();
      for (OsmNode n : nodes(doc, outer)) {
        assertThat(y(n)).isCloseTo(offset(x(n)) + 3.5, within(1e-3));
      }
    }
  }

  @Test
  void edgesAreTaggedAndSharedBetweenNeighbours() throws Exception {
    OsmDocument doc = convert().document();
    OsmRelation minus1 = lanelets(doc, "-1").get(0), minus2 = lanelets(doc, "-2").get(0);
    OsmRelation plus1 = lanelets(doc, "1").get(0);
    assertThat(minus1.withRole("right").get(0).ref())
        .isEqualTo(minus2.withRole("left").get(0).ref());
    long centre = minus1.withRole("left").get(0).ref();
    assertThat(plus1.withRole("left").get(0).ref()).isEqualTo(centre);
    OsmWay centreWay = doc.way(centre).orElseThrow();
    assertThat(centreWay.tags())
        .containsEntry("type", "line_thin")
        .containsEntry("subtype", "solid_solid")
        .containsEntry("color", "yellow");
    assertThat(doc.way(minus1.withRole("right").get(0).ref()).orElseThrow().tags())
        .containsEntry("subtype", "dashed")
        .containsEntry("color", "white");
    assertThat(doc.way(minus2.withRole("right").get(0).ref()).orElseThrow().tags())
        .containsEntry("type", "curbstone");
    // an unpainted outer edge of the drivable area is a road border; in section 2 the right
    // edge of lane -1 meets a shoulder
    OsmRelation second = lanelets(doc, "-1").get(1);
    assertThat(doc.way(second.withRole("right").get(0).ref()).orElseThrow().tags())
        .containsEntry("type", "road_border");
    assertThat(
            doc.way(lanelets(doc, "1").get(1).withRole("right").get(0).ref()).orElseThrow().tags())
        .containsEntry("type", "road_border");
  }

  @Test
  void aCurbJustBeyondANarrowShoulderIsTheRoadEdgeInstead() throws Exception {
    OsmDocument doc = convert().document();
    // section 1: lane 1, then a 0.3 m shoulder whose outer edge is a curb
    OsmWay laneEdge = doc.way(lanelets(doc, "1").get(0).withRole("right").get(0).ref()).get();
    assertThat(laneEdge.tags()).containsEntry("type", "virtual");
    List<OsmWay> curbs =
        doc.ways().stream()
            .filter(w -> "curbstone".equals(w.tags().get("type")))
            .filter(w -> y(nodes(doc, w).get(0)) > 0)
            .toList();
    assertThat(curbs).hasSize(1);
    for (OsmNode n : nodes(doc, curbs.get(0))) {
      assertThat(y(n)).isCloseTo(offset(x(n)) + 3.8, within(1e-3));
    }
  }

  @Test
  void aSidewalkBeyondANarrowStripGetsTheCurb() throws Exception {
    String xodr =
        """
        <OpenDRIVE><header/><road id="1" length="30" junction="-1"><planView>
          <geometry s="0" x="0" y="0" hdg="0" length="30"><line/></geometry></planView>
          <lanes><laneSection s="0"><center><lane id="0" type="none"/></center><right>
            <lane id="-1" type="driving"><width sOffset="0" a="3"/><roadMark type="solid"/></lane>
            <lane id="-2" type="border"><width sOffset="0" a="0.5"/></lane>
            <lane id="-3" type="sidewalk"><width sOffset="0" a="2"/></lane>
          </right></laneSection></lanes></road></OpenDRIVE>
        """;
    OsmDocument doc =
        OpenDriveMaps.convert(Files.writeString(dir.resolve("walk.xodr"), xodr)).document();
    OsmWay laneEdge = doc.way(lanelets(doc, "-1").get(0).withRole("right").get(0).ref()).get();
    assertThat(laneEdge.tags()).containsEntry("type", "line_thin");
    // right of the reference line (the centre line, with no lanes left of it, is a border)
    assertThat(
            doc.ways().stream()
                .filter(w -> y(nodes(doc, w).get(0)) < -0.1)
                .map(w -> w.tags().get("type")))
        .doesNotContain("road_border")
        .containsOnlyOnce("curbstone");
    OsmWay curb =
        doc.ways().stream().filter(w -> "curbstone".equals(w.tags().get("type"))).findFirst().get();
    assertThat(y(nodes(doc, curb).get(0))).isCloseTo(-3.5, within(1e-6));
  }

  @Test
  void consecutiveSectionsShareTheirEndNodes() throws Exception {
    OsmDocument doc = convert().document();
    List<OsmRelation> lane = lanelets(doc, "-1");
    assertThat(lane).hasSize(2);
    OsmWay firstRight = doc.way(lane.get(0).withRole("right").get(0).ref()).orElseThrow();
    OsmWay secondRight = doc.way(lane.get(1).withRole("right").get(0).ref()).orElseThrow();
    assertThat(firstRight.nodeRefs().get(firstRight.nodeRefs().size() - 1))
        .isEqualTo(secondRight.nodeRefs().get(0));
  }

  @Test
  void nodesCarryLatLonThatAgreeWithTheirLocalMetres() throws Exception {
    OpenDriveConversion c = convert();
    EnuProjection enu = new EnuProjection(c.origin());
    for (OsmNode n : c.document().nodes()) {
      Point3 p = enu.toEnu(n.lat(), n.lon(), c.origin().altM());
      assertThat(p.x()).isCloseTo(x(n), within(1e-3));
      assertThat(p.y()).isCloseTo(y(n), within(1e-3));
      assertThat(n.tags()).containsKeys("local_x", "local_y", "ele");
    }
  }

  @Test
  void stopLineSignalCrossesTheLanesItFaces() throws Exception {
    OpenDriveConversion c = convert();
    assertThat(c.stopLines()).isEqualTo(1);
    OsmWay stop =
        c.document().ways().stream()
            .filter(w -> w.tags().get("type").equals("stop_line"))
            .findFirst()
            .orElseThrow();
    List<OsmNode> n = nodes(c.document(), stop);
    assertThat(x(n.get(0))).isCloseTo(40, within(1e-3));
    assertThat(y(n.get(0))).isCloseTo(offset(40), within(1e-3));
    assertThat(y(n.get(1))).isCloseTo(offset(40) - width1(40) - 3, within(1e-3));
  }

  @Test
  void crosswalkOutlineBecomesACrosswalkLaneletAcrossTheRoad() throws Exception {
    OpenDriveConversion c = convert();
    assertThat(c.crosswalks()).isEqualTo(1);
    OsmRelation cw =
        c.document().relations().stream()
            .filter(r -> "crosswalk".equals(r.tags().get("subtype")))
            .findFirst()
            .orElseThrow();
    for (String role : List.of("left", "right")) {
      List<OsmNode> n = nodes(c.document(), c.document().way(cw.withRole(role).get(0).ref()).get());
      // the long sides run across the road (along y), 3 m apart along x around s = 30
      assertThat(Math.abs(y(n.get(0)) - y(n.get(1)))).isCloseTo(16, within(1e-3));
      assertThat(Math.abs(x(n.get(0)) - 30)).isCloseTo(1.5, within(1e-3));
    }
  }

  static List<OsmRelation> lanelets(OsmDocument doc, String lane) {
    return doc.relations().stream()
        .filter(
            r -> "road".equals(r.tags().get("subtype")) && lane.equals(r.tags().get("odr_lane")))
        .sorted((a, b) -> Double.compare(s(a), s(b)))
        .toList();
  }

  private static double s(OsmRelation r) {
    return Double.parseDouble(r.tags().get("odr_s"));
  }

  static List<OsmNode> nodes(OsmDocument doc, OsmWay w) {
    return w.nodeRefs().stream().map(id -> doc.node(id).orElseThrow()).toList();
  }

  static double x(OsmNode n) {
    return Double.parseDouble(n.tags().get("local_x"));
  }

  static double y(OsmNode n) {
    return Double.parseDouble(n.tags().get("local_y"));
  }

  static double ele(OsmNode n) {
    return Double.parseDouble(n.tags().get("ele"));
  }
}
