package dev.mapsmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.app.testing.ConsoleCapture;
import dev.mapsmith.core.frame.EnuProjection;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

  private static final GeoOrigin ORIGIN = new GeoOrigin(49.0, 8.4, 110);
  @TempDir Path dir;
  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  /** A Lanelet2 map (lat/lon only) with two thin lines along x at y = ±1.75, 0..50 m. */
  private Path truthOsm() throws Exception {
    EnuProjection proj = new EnuProjection(ORIGIN);
    StringBuilder sb = new StringBuilder("<?xml version='1.0'?>\n<osm version='0.6'>\n");
    double[][] pts = {{0, -1.75}, {50, -1.75}, {0, 1.75}, {50, 1.75}};
    for (int i = 0; i < 4; i++) {
      GeoOrigin g = proj.toGeodetic(new Point3(pts[i][0], pts[i][1], 0));
      sb.append(
          String.format(
              Locale.ROOT,
              "<node id='%d' lat='%.10f' lon='%.10f'><tag k='ele' v='0'/></node>%n",
              i + 1,
              g.latDeg(),
              g.lonDeg()));
    }
    for (int w = 0; w < 2; w++) {
      sb.append(
          String.format(
              Locale.ROOT,
              "<way id='%d'><nd ref='%d'/><nd ref='%d'/><tag k='type' v='line_thin'/><tag k='subtype' v='dashed'/></way>%n",
              10 + w,
              2 * w + 1,
              2 * w + 2));
    }
    sb.append("</osm>\n");
    Path f = dir.resolve("truth.osm");
    Files.writeString(f, sb.toString());
    return f;
  }

  private Path project(double offset) {
    Path f = dir.resolve("p" + offset + ".mapsmith");
    try (Project p = Project.create(f, new LocalEnuFrame(ORIGIN))) {
      Provenance prov =
          new Provenance("classical", "0.1", "{}", List.of("d"), "", java.time.Instant.EPOCH);
      p.insertAll(
          List.of(
              new Primitive(
                  1,
                  MapClass.DIVIDER,
                  Polyline.of(0, -1.75 + offset, 0, 50, -1.75 + offset, 0),
                  Attributes.EMPTY,
                  ReviewState.AUTO,
                  0.9,
                  prov),
              new Primitive(
                  2,
                  MapClass.DIVIDER,
                  Polyline.of(0, 1.75 + offset, 0, 50, 1.75 + offset, 0),
                  Attributes.EMPTY,
                  ReviewState.AUTO,
                  0.8,
                  prov)),
          "test");
    }
    return f;
  }

  private JsonNode run(String... args) throws Exception {
    int code = MapsmithCli.run(args);
    assertThat(code).as(console.err()).isZero();
    return new ObjectMapper().readTree(console.out());
  }

  @Test
  void perfectPredictionScoresOneAgainstALanelet2MapProjectedWithTheProjectOrigin()
      throws Exception {
    Path truth = truthOsm();
    JsonNode r =
        run(
            "evaluate",
            "--project",
            project(0).toString(),
            "--truth",
            truth.toString(),
            "--json",
            "--area",
            "0,-15,60,15");
    assertThat(r.get("mAP").asDouble())
        .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(r.get("AP").get("divider").get("mean").asDouble())
        .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(r.get("AP").get("boundary").get("mean").isNull()).isTrue();
  }

  @Test
  void mapWithItsOwnOriginIsReadInThatOriginsFrameAndConverted() throws Exception {
    // like `mapsmith generate` writes: local_x/local_y relative to the map's origin sidecar,
    // which lies about 140 m from the project's origin
    GeoOrigin mapOrigin = new GeoOrigin(49.001, 8.401, 110);
    EnuProjection project = new EnuProjection(ORIGIN), map = new EnuProjection(mapOrigin);
    StringBuilder sb = new StringBuilder("<?xml version='1.0'?>\n<osm version='0.6'>\n");
    double[][] pts = {{0, -1.75}, {50, -1.75}, {0, 1.75}, {50, 1.75}};
    for (int i = 0; i < 4; i++) {
      GeoOrigin g = project.toGeodetic(new Point3(pts[i][0], pts[i][1], 0));
      Point3 local = map.toEnu(g);
      sb.append(
          String.format(
              Locale.ROOT,
              "<node id='%d' lat='%.10f' lon='%.10f'><tag k='ele' v='0'/>"
                  + "<tag k='local_x' v='%.4f'/><tag k='local_y' v='%.4f'/></node>%n",
              i + 1,
              g.latDeg(),
              g.lonDeg(),
              local.x(),
              local.y()));
    }
    for (int w = 0; w < 2; w++) {
      sb.append(
          String.format(
              Locale.ROOT,
              "<way id='%d'><nd ref='%d'/><nd ref='%d'/><tag k='type' v='line_thin'/></way>%n",
              10 + w,
              2 * w + 1,
              2 * w + 2));
    }
    Path truth = dir.resolve("generated.osm");
    Files.writeString(truth, sb.append("</osm>\n").toString());
    dev.mapsmith.drivelog.map.MapOrigins.write(truth, mapOrigin);
    JsonNode r =
        run("evaluate", "--project", project(0).toString(), "--truth", truth.toString(), "--json");
    assertThat(r.get("AP").get("divider").get("mean").asDouble())
        .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(r.get("window_placement").asText()).isEqualTo("tiles");
  }

  @Test
  void offsetOfSevenTenthsGivesTwoThirds() throws Exception {
    Path truth = truthOsm();
    JsonNode r =
        run(
            "evaluate",
            "--project",
            project(0.7).toString(),
            "--truth",
            truth.toString(),
            "--json",
            "--area",
            "0,-15,60,15");
    JsonNode d = r.get("AP").get("divider");
    assertThat(d.get("0.5").asDouble()).isZero();
    assertThat(d.get("1.0").asDouble()).isEqualTo(1.0);
    assertThat(d.get("mean").asDouble())
        .isCloseTo(2 / 3.0, org.assertj.core.api.Assertions.within(1e-3));
  }

  @Test
  void missingTruthIsAUsageError() {
    int code =
        MapsmithCli.run(
            "evaluate",
            "--project",
            project(0).toString(),
            "--truth",
            dir.resolve("nope.osm").toString());
    assertThat(code).isEqualTo(2);
    assertThat(console.err()).contains("truth map not found").contains("nope.osm");
  }
}
