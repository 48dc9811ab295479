package dev.mapsmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.labeling.export.lanelet2.Lanelet2Reader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

  @TempDir Path dir;

  private Path project() {
    Path file = dir.resolve("p.mapsmith");
    Provenance prov = new Provenance("recon", "v1", "", List.of(), "", Instant.EPOCH);
    try (Project p = Project.create(file, new LocalEnuFrame(new GeoOrigin(49.0, 8.4, 110)))) {
      p.insertAll(
          List.of(
              new Primitive(
                  1,
                  MapClass.DIVIDER,
                  Polyline.of(0, 0, 0, 10, 0, 0),
                  Attributes.of("subtype", "solid"),
                  ReviewState.VERIFIED,
                  0.9,
                  prov),
              new Primitive(
                  1,
                  MapClass.BOUNDARY,
                  Polyline.of(0, 5, 0, 10, 5, 0),
                  Attributes.EMPTY,
                  ReviewState.REJECTED,
                  0.2,
                  prov)),
          "recon");
    }
    return file;
  }

  private static String[] run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true));
    try {
      int code = MapsmithCli.run(args);
      return new String[] {Integer.toString(code), buf.toString()};
    } finally {
      System.setOut(old);
    }
  }

  @Test
  void exportsLanelet2WithJsonSummaryAndLeavesRejectedOut() throws Exception {
    Path file = project();
    Path out = dir.resolve("map.osm");
    String[] r =
        run(
            "export",
            "--project",
            file.toString(),
            "--format",
            "lanelet2",
            "--out",
            out.toString(),
            "--json");
    assertThat(r[0]).isEqualTo("0");
    JsonNode json = new ObjectMapper().readTree(r[1]);
    assertThat(json.get("primitives").asInt()).isEqualTo(1);
    assertThat(dir.resolve("map_projector_info.yaml")).exists();
    assertThat(Lanelet2Reader.read(out).map().get(1)).isPresent();
  }

  @Test
  void exportsGeoJsonInWgs84() throws Exception {
    Path out = dir.resolve("map.geojson");
    String[] r =
        run(
            "export",
            "--project",
            project().toString(),
            "--format",
            "geojson",
            "--out",
            out.toString(),
            "--filter",
            "all");
    assertThat(r[0]).isEqualTo("0");
    JsonNode g = new ObjectMapper().readTree(out.toFile());
    assertThat(g.get("features")).hasSize(2);
    assertThat(g.at("/features/0/geometry/coordinates/0/1").asDouble()).isBetween(48.99, 49.01);
  }

  @Test
  void usageAndFailureExitCodes() throws Exception {
    Path file = project();
    assertThat(
            run(
                "export",
                "--project",
                file.toString(),
                "--format",
                "shp",
                "--out",
                dir.resolve("x").toString())[0])
        .isEqualTo("2");
    Path bad = Files.writeString(dir.resolve("bad.mapsmith"), "not sqlite".repeat(20));
    String[] r =
        run(
            "export",
            "--project",
            bad.toString(),
            "--format",
            "geojson",
            "--out",
            dir.resolve("y.geojson").toString(),
            "--json");
    assertThat(r[0]).isEqualTo("1");
    assertThat(r[1]).contains("not an SQLite database").contains("bad.mapsmith");
    assertThat(dir.resolve("y.geojson")).doesNotExist();
  }
}
