package dev.mapsmith.drivelog.map.opendrive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.drivelog.map.osm.OsmDocument;
import dev.mapsmith.drivelog.map.osm.OsmRelation;
import dev.mapsmith.drivelog.map.osm.OsmWay;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every shared OpenDRIVE world reads and converts; a few counts the files are known to have. */
class OpenDriveFilesTest {

  @Test
  void everyFileReadsAndConverts() throws Exception {
    List<Path> files = OpenDriveWorlds.all();
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
    for (Path f : files) {
      OpenDriveMap map = OpenDriveReader.read(f);
      assertThat(map.problems()).as(f.toString()).isEmpty();
      OpenDriveConversion c = OpenDriveWorlds.converted(f);
      assertThat(c.problems()).as(f.toString()).isEmpty();
      assertThat(c.lanelets()).as(f.toString()).isPositive();
      assertThat(c.document().danglingReferences()).as(f.toString()).isEmpty();
      assertThat(c.fromGeoReference()).as(f.toString()).isEqualTo(!map.geoReference().isEmpty());
    }
  }

  @Test
  void junctionRoadsAndCrosswalksArePresent() throws Exception {
    for (String f : List.of("esmini-fabriksgatan.xodr", "esmini-multi_intersections.xodr")) {
      OpenDriveMap map = OpenDriveReader.read(OpenDriveWorlds.file(f));
      assertThat(map.junctions()).as(f).isNotEmpty();
      assertThat(map.junctionRoads()).as(f).isNotEmpty();
      Set<String> connecting =
          map.junctions().stream()
              .flatMap(j -> j.connections().stream())
              .map(Junction.Connection::connectingRoad)
              .collect(Collectors.toSet());
      assertThat(map.junctionRoads().stream().map(Road::id).toList())
          .as(f)
          .allMatch(connecting::contains);
    }
    assertThat(
            OpenDriveWorlds.converted(OpenDriveWorlds.file("esmini-parking_demo.xodr"))
                .crosswalks())
        .isEqualTo(3);
    OpenDriveConversion town10 =
        OpenDriveWorlds.converted(OpenDriveWorlds.file("carla-Town10HD.xodr"));
    assertThat(town10.crosswalks()).isEqualTo(16);
    assertThat(town10.fromGeoReference()).isTrue();
    // CARLA's tmerc at 0°, 0° puts the file's origin at 0°, 0°
    assertThat(town10.origin().latDeg()).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void roadMarksBecomeLineTypes() throws Exception {
    OsmDocument doc =
        OpenDriveWorlds.converted(OpenDriveWorlds.file("esmini-straight_500m_roadmarks.xodr"))
            .document();
    Set<String> subtypes = new TreeSet<>();
    for (OsmWay w : doc.ways()) {
      if ("line_thin".equals(w.tags().get("type"))) {
        subtypes.add(w.tags().get("subtype"));
        assertThat(w.tags()).containsEntry("color", "white");
      }
    }
    assertThat(subtypes)
        .containsExactlyInAnyOrder(
            "solid", "dashed", "solid_solid", "solid_dashed", "dashed_solid");
    // the road runs along x from 0: the marks change at s = 50, 100, 200, 300, 350, 400
    Map<String, String> expected =
        Map.of(
            "25",
            "dashed",
            "75",
            "solid",
            "150",
            "solid_solid",
            "250",
            "solid_dashed",
            "325",
            "solid",
            "375",
            "dashed",
            "450",
            "dashed_solid");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      double mid = Double.parseDouble(e.getKey());
      long matching =
          doc.ways().stream()
              .filter(w -> "line_thin".equals(w.tags().get("type")))
              .filter(w -> spans(doc, w, mid))
              .filter(w -> e.getValue().equals(w.tags().get("subtype")))
              .count();
      assertThat(matching).as("lines of %s at s=%s", e.getValue(), mid).isPositive();
    }
  }

  private static boolean spans(OsmDocument doc, OsmWay w, double x) {
    double a = LaneGeometryTest.x(doc.node(w.nodeRefs().get(0)).orElseThrow());
    double b =
        LaneGeometryTest.x(doc.node(w.nodeRefs().get(w.nodeRefs().size() - 1)).orElseThrow());
    return Math.min(a, b) < x && x < Math.max(a, b);
  }

  @Test
  void laneletsConnectThroughJunctions() throws Exception {
    for (String f : List.of("esmini-fabriksgatan.xodr", "carla-Town10HD.xodr")) {
      OsmDocument doc = OpenDriveWorlds.converted(OpenDriveWorlds.file(f)).document();
      List<DrivenLanelet> all = new ArrayList<>();
      for (OsmRelation r : doc.relations()) {
        if ("road".equals(r.tags().get("subtype"))) {
          all.add(DrivenLanelet.of(doc, r));
        }
      }
      int entering = 0;
      for (DrivenLanelet in : all) {
        if (in.junction()) {
          continue;
        }
        for (DrivenLanelet next : all) {
          if (next.junction() && in.continuesInto(next, 0.1)) {
            entering++;
            assertThat(in.sharesEndNodesWith(next)).as(f).isTrue();
            break;
          }
        }
      }
      // and every lanelet inside the junction leads on (to the next section or out)
      for (DrivenLanelet j : all) {
        if (j.junction()) {
          assertThat(all.stream().anyMatch(o -> o != j && j.continuesInto(o, 0.1)))
              .as("%s: a junction lanelet leads on", f)
              .isTrue();
        }
      }
    }
  }
}
