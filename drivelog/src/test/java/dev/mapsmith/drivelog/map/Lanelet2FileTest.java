package dev.mapsmith.drivelog.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mapsmith.core.frame.EnuProjection;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.map.osm.OsmRelation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Lanelet2FileTest {

  @TempDir Path dir;

  static final GeoOrigin SIDECAR = new GeoOrigin(49.0, 8.4, 100);
  static final GeoOrigin YAML = new GeoOrigin(49.001, 8.401, 50);

  /** Two nodes with lat/lon and local_x/local_y (local 0,0 and 10,0 about SIDECAR). */
  Path latLonAndLocal(String name) throws Exception {
    EnuProjection p = new EnuProjection(SIDECAR);
    GeoOrigin a = p.toGeodetic(new Point3(0, 0, 0)), b = p.toGeodetic(new Point3(10, 0, 0));
    Path osm = dir.resolve(name);
    Files.writeString(
        osm,
        "<osm>\n"
            + node(1, a, "<tag k='local_x' v='0'/><tag k='local_y' v='0'/>")
            + node(2, b, "<tag k='local_x' v='10'/><tag k='local_y' v='0'/>")
            + "<way id='3'><nd ref='1'/><nd ref='2'/><tag k='type' v='line_thin'/></way>\n"
            + "</osm>\n");
    return osm;
  }

  static String node(long id, GeoOrigin g, String tags) {
    return "<node id='"
        + id
        + "' lat='"
        + g.latDeg()
        + "' lon='"
        + g.lonDeg()
        + "'>"
        + tags
        + "</node>\n";
  }

  @Test
  void originRuleOrderOptionThenProjectorInfoThenSidecarThenCentre() throws Exception {
    Path osm = latLonAndLocal("m.osm");
    Lanelet2File centre = Lanelet2File.load(osm, null);
    assertThat(centre.origin().source()).isEqualTo(MapOrigin.Source.MAP_CENTRE);
    assertThat(centre.origin().origin().latDeg())
        .isCloseTo(
            new EnuProjection(SIDECAR).toGeodetic(new Point3(5, 0, 0)).latDeg(), within(1e-9));
    // about the centre, lat/lon win: the line runs from x=-5 to x=5
    Point3 first = centre.map().node(1).orElseThrow().local().orElseThrow();
    assertThat(first.x()).isCloseTo(-5, within(1e-3));

    MapOrigins.write(osm, SIDECAR);
    Lanelet2File sidecar = Lanelet2File.load(osm, null);
    assertThat(sidecar.origin().source()).isEqualTo(MapOrigin.Source.SIDECAR);
    assertThat(sidecar.frame()).isEqualTo(new LocalEnuFrame(SIDECAR));
    assertThat(sidecar.map().node(2).orElseThrow().local().orElseThrow().x()).isEqualTo(10);

    ProjectorInfo.write(osm, new LocalEnuFrame(YAML));
    Lanelet2File yaml = Lanelet2File.load(osm, null);
    assertThat(yaml.origin().source()).isEqualTo(MapOrigin.Source.PROJECTOR_INFO);
    assertThat(yaml.frame()).isEqualTo(new LocalEnuFrame(YAML));

    GeoOrigin mine = new GeoOrigin(48, 8, 0);
    Lanelet2File option = Lanelet2File.load(osm, mine);
    assertThat(option.origin().source()).isEqualTo(MapOrigin.Source.OPTION);
    assertThat(option.frame()).isEqualTo(new LocalEnuFrame(mine));
  }

  @Test
  void autowareProjectorTypes() throws Exception {
    Path osm = latLonAndLocal("lanelet2_map.osm");
    Path yaml = dir.resolve(ProjectorInfo.FILE_NAME);
    Files.writeString(yaml, "projector_type: Local\n");
    Lanelet2File local = Lanelet2File.load(osm, null);
    assertThat(local.frame()).isEqualTo(new NamedLocalFrame("lanelet2:lanelet2_map.osm"));
    assertThat(local.map().node(2).orElseThrow().local().orElseThrow().x()).isEqualTo(10);

    Files.writeString(yaml, "projector_type: MGRS\nvertical_datum: WGS84\nmgrs_grid: 32UMV\n");
    Lanelet2File mgrs = Lanelet2File.load(osm, null);
    assertThat(mgrs.origin().localFirst()).isFalse(); // grid metres: lat/lon about the centre
    assertThat(mgrs.map().node(2).orElseThrow().local().orElseThrow().x())
        .isCloseTo(5, within(1e-3));

    for (String type : new String[] {"TransverseMercator", "LocalCartesianUTM"}) {
      Files.writeString(
          yaml,
          "projector_type: "
              + type
              + "\nvertical_datum: WGS84\nmap_origin:\n  latitude: 49.001\n"
              + "  longitude: 8.401\n  altitude: 50\n");
      assertThat(Lanelet2File.load(osm, null).frame()).isEqualTo(new LocalEnuFrame(YAML));
    }
    Files.writeString(yaml, "projector_type: TransverseMercator\n");
    assertThatThrownBy(() -> Lanelet2File.load(osm, null))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining(ProjectorInfo.FILE_NAME)
        .hasMessageContaining("map_origin");
    Files.writeString(yaml, "projector_type: Spherical\n");
    assertThatThrownBy(() -> Lanelet2File.load(osm, null)).hasMessageContaining("'Spherical'");
  }

  @Test
  void missingEleIsTheOriginsHeight() throws Exception {
    GeoOrigin o = new GeoOrigin(49, 8.4, 120);
    Path osm = dir.resolve("flat.osm");
    Files.writeString(
        osm,
        "<osm><node id='1' lat='49' lon='8.4'/><node id='2' lat='49.0001' lon='8.4'/>"
            + "<way id='3'><nd ref='1'/><nd ref='2'/><tag k='type' v='road_border'/></way></osm>");
    Lanelet2File f = Lanelet2File.load(osm, o);
    assertThat(f.map().node(2).orElseThrow().local().orElseThrow().z()).isCloseTo(0, within(1e-3));
  }

  @Test
  void brokenElementsAreSkippedWithAWarningAndTheRestIsKept() throws Exception {
    Path osm = dir.resolve("broken.osm");
    Files.writeString(
        osm,
        """
        <osm>
          <node id='1'><tag k='local_x' v='0'/><tag k='local_y' v='0'/></node>
          <node id='2'><tag k='local_x' v='10'/><tag k='local_y' v='0'/></node>
          <node id='3'><tag k='local_x' v='0'/><tag k='local_y' v='3'/></node>
          <node id='4'><tag k='local_x' v='10'/><tag k='local_y' v='3'/></node>
          <node id='5'><tag k='local_x' v='1e308'/><tag k='local_y' v='3'/></node>
          <way id='10'><nd ref='1'/><nd ref='2'/><tag k='type' v='line_thin'/></way>
          <way id='11'><nd ref='3'/><nd ref='4'/><tag k='type' v='road_border'/></way>
          <way id='12'><nd ref='1'/><tag k='type' v='line_thin'/></way>
          <way id='13'><nd ref='3'/><nd ref='5'/><tag k='type' v='line_thin'/></way>
          <relation id='20'>
            <member type='way' ref='10' role='right'/><member type='way' ref='11' role='left'/>
            <member type='relation' ref='20' role='regulatory_element'/>
            <tag k='type' v='lanelet'/><tag k='subtype' v='road'/>
          </relation>
          <relation id='21'>
            <member type='way' ref='10' role='right'/><member type='way' ref='99' role='left'/>
            <tag k='type' v='lanelet'/>
          </relation>
          <relation id='22'><member type='way' ref='10' role='right'/>
            <tag k='type' v='lanelet'/></relation>
          <relation id='23'><member type='relation' ref='21' role='yield'/>
            <tag k='type' v='regulatory_element'/></relation>
        </osm>
        """);
    Lanelet2File f = Lanelet2File.load(osm, null);
    assertThat(f.origin().source()).isEqualTo(MapOrigin.Source.LOCAL);
    assertThat(f.map().ways()).extracting(w -> w.id()).containsExactly(10L, 11L);
    assertThat(f.map().relations()).extracting(OsmRelation::id).containsExactly(20L);
    assertThat(f.map().relation(20).orElseThrow().members()).hasSize(2);
    assertThat(f.problems())
        .anySatisfy(p -> assertThat(p).startsWith("node 5 ").contains("local_x='1e308'"))
        .anySatisfy(p -> assertThat(p).isEqualTo("way 12: has 1 node(s); way skipped"))
        .anySatisfy(p -> assertThat(p).startsWith("way 13: node 5 is missing or unusable"))
        .anySatisfy(p -> assertThat(p).contains("relation 20 (lanelet)", "is the relation itself"))
        .anySatisfy(p -> assertThat(p).contains("relation 21 (lanelet)", "way 99", "missing"))
        .anySatisfy(p -> assertThat(p).contains("relation 22 (lanelet)", "0 left bound"))
        .anySatisfy(p -> assertThat(p).contains("relation 23", "relation 21", "was skipped"))
        .allSatisfy(p -> assertThat(p).doesNotContain("Exception"));
    MapReadResult r = Lanelet2Maps.toLaneMap(f);
    assertThat(r.map().countsByClass())
        .containsEntry(MapClass.DIVIDER.key(), 1)
        .containsEntry(MapClass.BOUNDARY.key(), 1);
  }

  @Test
  void aMapWithNothingUsableIsRefused() throws Exception {
    Path osm = dir.resolve("empty.osm");
    Files.writeString(
        osm, "<osm><node id='1' lat='1e308' lon='0'/><way id='2'><nd ref='1'/></way></osm>");
    assertThatThrownBy(() -> Lanelet2File.load(osm, null))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining("empty.osm")
        .hasMessageContaining("nothing usable")
        .hasMessageContaining("node 1");
  }
}
