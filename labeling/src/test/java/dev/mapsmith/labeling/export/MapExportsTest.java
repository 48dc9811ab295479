package dev.mapsmith.labeling.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.map.Lanelet2Maps;
import dev.mapsmith.drivelog.map.MapReadResult;
import dev.mapsmith.labeling.TestMaps;
import dev.mapsmith.labeling.export.lanelet2.Lanelet2Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapExportsTest {

  @TempDir Path dir;

  private static List<Primitive> sample() {
    Primitive crossing =
        new Primitive(
            42,
            MapClass.PED_CROSSING,
            Polyline.of(0, 0, 0.1, 4, 0, 0.1, 4, 3, 0.2, 0, 3, 0.2),
            Attributes.EMPTY,
            ReviewState.VERIFIED,
            1.0,
            Provenance.manual("ann <&\"> x", Instant.parse("2024-03-01T10:00:00Z")));
    Primitive divider =
        TestMaps.divider(-5.123456789012, 7.000000001, 33.3, 7)
            .withId(7)
            .withAttributes(
                Attributes.of("type", "line_thin", "subtype", "dashed", "color", "white"));
    Primitive curb =
        new Primitive(
            9,
            MapClass.BOUNDARY,
            Polyline.of(0, 10, 0, 50, 10, 0.5),
            Attributes.EMPTY,
            ReviewState.CORRECTED,
            0.3,
            new Provenance(
                "recon", "v2", "{\"a\":[1,2]}\nline2", List.of("d1", "d2"), "", Instant.EPOCH));
    return List.of(divider, curb, crossing);
  }

  @Test
  void lanelet2RoundTripIsLosslessInBothFrames() throws Exception {
    for (FrameOfReference frame :
        List.of(new LocalEnuFrame(new GeoOrigin(40.44, -79.99, 250)), new NamedLocalFrame("PIT"))) {
      Path out =
          Files.createDirectories(dir.resolve(frame instanceof NamedLocalFrame ? "local" : "enu"))
              .resolve("map.osm");
      Path sidecar = Lanelet2Writer.write(sample(), frame, out, ProgressMonitor.NONE);
      assertThat(sidecar).exists();
      MapReadResult back = Lanelet2Maps.read(out, null);
      assertThat(back.problems()).isEmpty();
      assertThat(back.map().frame()).isEqualTo(frame);
      assertThat(back.map().primitives()).containsExactlyInAnyOrderElementsOf(sample());
    }
  }

  @Test
  void aLargeExportFormattedInParallelChunksReadsBackCompleteAndInOrder() throws Exception {
    List<Primitive> many = new java.util.ArrayList<>();
    for (int i = 0; i < 2500; i++) { // several formatting chunks
      many.add(dev.mapsmith.labeling.TestMaps.divider(i * 0.37, i % 50, 12.5, 5).withId(i + 1));
    }
    FrameOfReference frame = new LocalEnuFrame(new GeoOrigin(40.44, -79.99, 250));
    Path out = Files.createDirectories(dir.resolve("big")).resolve("map.osm");
    Lanelet2Writer.write(many, frame, out, ProgressMonitor.NONE);
    MapReadResult back = Lanelet2Maps.read(out, null);
    assertThat(back.problems()).isEmpty();
    assertThat(back.map().primitives()).containsExactlyInAnyOrderElementsOf(many);
    String xml = Files.readString(out);
    assertThat(xml.lastIndexOf("<node ")).isLessThan(xml.indexOf("<way "));
    assertThat(xml.indexOf("<way id=\"1\"")).isLessThan(xml.indexOf("<way id=\"2500\""));
  }

  @Test
  void lanelet2IdsArePositiveAndStableAcrossReExports() throws Exception {
    Path a = Files.createDirectories(dir.resolve("a")).resolve("map.osm");
    Path b = Files.createDirectories(dir.resolve("b")).resolve("map.osm");
    Lanelet2Writer.write(sample(), new NamedLocalFrame("X"), a, ProgressMonitor.NONE);
    // a re-export after another primitive was deleted keeps the remaining ids
    Lanelet2Writer.write(sample().subList(1, 3), new NamedLocalFrame("X"), b, ProgressMonitor.NONE);
    String first = Files.readString(a);
    String second = Files.readString(b);
    assertThat(first).doesNotContain("id=\"-");
    String curbWay =
        first.substring(
            first.indexOf("<way id=\"9\""),
            first.indexOf("</way>", first.indexOf("<way id=\"9\"")));
    assertThat(second).contains(curbWay);
    assertThat(first).contains("<node id=\"" + (9L * (1L << 20) + 1) + "\"");
    assertThat(Files.readString(a.resolveSibling("map_projector_info.yaml")))
        .contains("projector_type: Local");
  }

  @Test
  void lanelet2ReaderSkipsAndReportsWaysWithMissingNodes() throws Exception {
    Path out = Files.createDirectories(dir.resolve("crop")).resolve("map.osm");
    Lanelet2Writer.write(sample(), new NamedLocalFrame("X"), out, ProgressMonitor.NONE);
    String cropped =
        Files.readString(out)
            .replaceFirst("<node id=\"" + (9L * (1L << 20) + 1) + "\"[\\s\\S]*?</node>\\n", "");
    Files.writeString(out, cropped);
    MapReadResult back = Lanelet2Maps.read(out, null);
    assertThat(back.problems()).singleElement().asString().contains("way 9");
    assertThat(back.map().primitives()).hasSize(2);
  }

  @Test
  void geoJsonIsWgs84WithAnOriginAndLabelledLocalWithout() throws Exception {
    ObjectMapper json = new ObjectMapper();
    Path wgs = dir.resolve("wgs.geojson");
    GeoJsonWriter.write(sample(), new LocalEnuFrame(new GeoOrigin(40.44, -79.99, 250)), wgs);
    JsonNode root = json.readTree(wgs.toFile());
    assertThat(root.get("features")).hasSize(3);
    JsonNode crossing = root.get("features").get(2);
    assertThat(crossing.at("/geometry/type").asText()).isEqualTo("Polygon");
    JsonNode ring = crossing.at("/geometry/coordinates/0");
    assertThat(ring).hasSize(5);
    assertThat(ring.get(0)).isEqualTo(ring.get(4));
    assertThat(ring.get(0).get(0).asDouble())
        .isCloseTo(-79.99, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(ring.get(0).get(1).asDouble())
        .isCloseTo(40.44, org.assertj.core.data.Offset.offset(1e-6));
    Path local = dir.resolve("local.geojson");
    GeoJsonWriter.write(sample(), new NamedLocalFrame("PIT"), local);
    JsonNode l = json.readTree(local.toFile());
    assertThat(l.get("mapsmith:coordinates").asText()).contains("LOCAL").contains("NOT WGS84");
    assertThat(l.at("/features/0/geometry/coordinates/0/0").asDouble()).isEqualTo(-5.123456789012);
    assertThat(l.at("/features/0/properties/subtype").asText()).isEqualTo("dashed");
  }

  @Test
  void drivelogsLanelet2ReaderOpensTheExportWithTheSameGeometryAndClasses() throws Exception {
    for (FrameOfReference frame :
        List.of(new LocalEnuFrame(new GeoOrigin(40.44, -79.99, 250)), new NamedLocalFrame("PIT"))) {
      Path out =
          Files.createDirectories(dir.resolve("dl-" + (frame instanceof NamedLocalFrame)))
              .resolve("map.osm");
      Lanelet2Writer.write(sample(), frame, out, ProgressMonitor.NONE);
      dev.mapsmith.drivelog.map.MapReadResult read =
          dev.mapsmith.drivelog.map.Lanelet2Maps.read(out, null);
      assertThat(read.problems()).isEmpty();
      assertThat(read.map().primitives()).hasSize(3);
      for (Primitive original : sample()) {
        Primitive back =
            read.map().primitives().stream()
                .filter(p -> p.mapClass() == original.mapClass())
                .findFirst()
                .orElseThrow();
        assertThat(back.geometry()).isEqualTo(original.geometry());
        original
            .attributes()
            .asMap()
            .forEach((k, v) -> assertThat(back.attributes().get(k)).hasValue(v));
      }
    }
  }
}
