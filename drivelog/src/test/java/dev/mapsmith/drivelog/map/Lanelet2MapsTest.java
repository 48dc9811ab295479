package dev.mapsmith.drivelog.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mapsmith.core.frame.EnuProjection;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.map.LinePattern;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.PaintColor;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.drivelog.map.osm.OsmDocument;
import dev.mapsmith.drivelog.map.osm.OsmMember;
import dev.mapsmith.drivelog.map.osm.OsmNode;
import dev.mapsmith.drivelog.map.osm.OsmRelation;
import dev.mapsmith.drivelog.map.osm.OsmWay;
import dev.mapsmith.drivelog.map.osm.OsmWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Lanelet2MapsTest {

  @TempDir Path dir;
  static final GeoOrigin ORIGIN = new GeoOrigin(49.0, 8.4, 100.0);

  /** A small map: lane line, curb, stop line, a crosswalk lanelet, a zebra area, a dangling one. */
  static OsmDocument sample(boolean local) {
    EnuProjection proj = new EnuProjection(ORIGIN);
    OsmDocument.Builder b = OsmDocument.builder();
    double[][] xy = {
      {0, 0}, {10, 0}, {0, -3}, {10, -3}, {10, 2}, {10, -2}, {20, 2}, {20, -2}, {21, 2}, {21, -2},
      {30, 0}, {32, 0}, {32, 2}
    };
    for (int i = 0; i < xy.length; i++) {
      var g = proj.toGeodetic(new Point3(xy[i][0], xy[i][1], 0.5));
      Map<String, String> tags = new HashMap<>();
      tags.put("ele", Double.toString(g.altM()));
      if (local) {
        tags.put("local_x", Double.toString(xy[i][0]));
        tags.put("local_y", Double.toString(xy[i][1]));
        tags.put("ele", "0.5");
      }
      b.add(
          new OsmNode(
              i + 1, local ? Double.NaN : g.latDeg(), local ? Double.NaN : g.lonDeg(), tags));
    }
    b.add(way(100, List.of(1L, 2L), "type", "line_thin", "subtype", "dashed", "color", "white"));
    b.add(way(101, List.of(3L, 4L), "type", "curbstone", "subtype", "high"));
    b.add(way(102, List.of(5L, 6L), "type", "stop_line"));
    b.add(way(103, List.of(7L, 9L), "type", "pedestrian_marking"));
    b.add(way(104, List.of(8L, 10L), "type", "pedestrian_marking"));
    b.add(way(105, List.of(11L, 12L, 13L, 11L), "type", "zebra_marking"));
    b.add(way(106, List.of(1L, 3L), "type", "virtual"));
    b.add(
        new OsmRelation(
            200,
            List.of(new OsmMember("way", 103, "left"), new OsmMember("way", 104, "right")),
            Map.of("type", "lanelet", "subtype", "crosswalk")));
    b.add(
        new OsmRelation(
            100, // same number as a way: the primitive must get a fresh id
            List.of(new OsmMember("way", 103, "left"), new OsmMember("way", 104, "right")),
            Map.of("type", "lanelet", "subtype", "crosswalk")));
    b.add(
        new OsmRelation(
            201,
            List.of(new OsmMember("way", 100, "left"), new OsmMember("way", 777, "right")),
            Map.of("type", "lanelet", "subtype", "road")));
    return b.build();
  }

  static OsmWay way(long id, List<Long> refs, String... kv) {
    Map<String, String> tags = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      tags.put(kv[i], kv[i + 1]);
    }
    return new OsmWay(id, refs, tags);
  }

  @Test
  void convertsLatLonWithSidecarOrigin() throws Exception {
    Path osm = dir.resolve("town.osm");
    OsmWriter.write(sample(false), osm);
    assertThat(MapOrigins.write(osm, ORIGIN)).isEqualTo(dir.resolve("town.origin"));
    MapReadResult r = Lanelet2Maps.read(osm, null);
    assertThat(r.map().frame()).isEqualTo(new LocalEnuFrame(ORIGIN));
    assertThat(r.map().countsByClass())
        .containsEntry("divider", 1)
        .containsEntry("boundary", 1)
        .containsEntry("stop_line", 1)
        .containsEntry("ped_crossing", 3);
    Primitive divider = r.map().ofClass(MapClass.DIVIDER).get(0);
    assertThat(divider.id()).isEqualTo(100);
    assertThat(divider.attributes().pattern()).contains(LinePattern.DASHED);
    assertThat(divider.attributes().color()).contains(PaintColor.WHITE);
    assertThat(divider.geometry().x(1)).isCloseTo(10, within(1e-6));
    assertThat(divider.geometry().y(1)).isCloseTo(0, within(1e-6));
    assertThat(divider.geometry().z(1)).isCloseTo(0.5, within(1e-6));
    Primitive curb = r.map().ofClass(MapClass.BOUNDARY).get(0);
    assertThat(curb.attributes().get("type")).contains("curbstone");
    assertThat(r.problems())
        .containsExactly(
            "relation 201 (lanelet): its right bound, way 777 (role 'right') is missing;"
                + " lanelet skipped");
  }

  @Test
  void crosswalkPolygonsComeFromLeftAndReversedRight() throws Exception {
    MapReadResult r = Lanelet2Maps.toLaneMap(sample(true), dir.resolve("m.osm"), null);
    assertThat(r.map().frame()).isEqualTo(new NamedLocalFrame("lanelet2:m.osm"));
    List<Primitive> crossings = r.map().ofClass(MapClass.PED_CROSSING);
    Primitive lanelet = crossings.stream().filter(p -> p.id() == 200).findFirst().orElseThrow();
    double[] xyz = lanelet.geometry().toArray();
    assertThat(xyz).containsExactly(20, 2, 0.5, 21, 2, 0.5, 21, -2, 0.5, 20, -2, 0.5);
    Primitive renumbered =
        crossings.stream()
            .filter(p -> p.attributes().get("osm_relation").equals(java.util.Optional.of("100")))
            .findFirst()
            .orElseThrow();
    assertThat(renumbered.id()).isGreaterThan(200);
    Primitive zebra = crossings.stream().filter(p -> p.id() == 105).findFirst().orElseThrow();
    assertThat(zebra.geometry().size()).isEqualTo(3);
  }

  @Test
  void latLonWithoutOriginIsProjectedAboutTheMapCentre() throws Exception {
    Path osm = dir.resolve("noorigin.osm");
    OsmWriter.write(sample(false), osm);
    MapReadResult r = Lanelet2Maps.read(osm, null);
    assertThat(r.origin().source()).isEqualTo(MapOrigin.Source.MAP_CENTRE);
    GeoOrigin centre = ((LocalEnuFrame) r.map().frame()).origin();
    GeoOrigin expected = new EnuProjection(ORIGIN).toGeodetic(new Point3(16, -0.5, 0.5));
    assertThat(centre.latDeg()).isCloseTo(expected.latDeg(), within(1e-9));
    assertThat(centre.lonDeg()).isCloseTo(expected.lonDeg(), within(1e-9));
    Primitive divider = r.map().get(100).orElseThrow();
    // (0,0)-(10,0) about ORIGIN is (-16,0.5)-(-6,0.5) about the centre (16,-0.5)
    assertThat(divider.geometry().x(0)).isCloseTo(-16, within(1e-3));
    assertThat(divider.geometry().y(1)).isCloseTo(0.5, within(1e-3));
    assertThat(Lanelet2Maps.read(osm, ORIGIN).map().primitives()).hasSize(6);
  }

  @Test
  void originJsonInFolderAndBadOriginFile() throws Exception {
    Path osm = dir.resolve("x.osm");
    OsmWriter.write(sample(false), osm);
    Files.writeString(dir.resolve("origin.json"), "{\"lat\": 49.0, \"lon\": 8.4, \"alt\": 100}");
    assertThat(Lanelet2Maps.read(osm, null).map().frame()).isEqualTo(new LocalEnuFrame(ORIGIN));
    Files.writeString(dir.resolve("x.origin"), "{\"lat\": \"north\"}");
    assertThatThrownBy(() -> Lanelet2Maps.read(osm, null))
        .hasMessageContaining("x.origin")
        .hasMessageContaining("lat");
  }
}
