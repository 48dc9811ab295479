package dev.mapsmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.core.frame.FrameAlignment;
import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.map.Lanelet2Maps;
import dev.mapsmith.labeling.DriveFingerprint;
import dev.mapsmith.labeling.DriveRecord;
import dev.mapsmith.labeling.Project;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
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
    assertThat(dev.mapsmith.drivelog.map.Lanelet2Maps.read(out, null).map().get(1)).isPresent();
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

  /** A 1 s generated drive with its ground truth inserted as verified primitives. */
  private Path truthProject() throws Exception {
    Path drives = dir.resolve("gen");
    assertThat(
            MapsmithCli.run(
                "generate",
                "--scenario",
                "straight",
                "--out",
                drives.toString(),
                "--duration",
                "1",
                "--beams",
                "32",
                "--seed",
                "3"))
        .isEqualTo(0);
    Path drive;
    try (Stream<Path> s = Files.walk(drives)) {
      drive = s.filter(x -> x.getFileName().toString().endsWith("_sync")).findFirst().orElseThrow();
    }
    Path file = dir.resolve("truth.mapsmith");
    try (DriveLog log = DriveLogs.open(drive)) {
      FrameOfReference frame = log.metadata().frame();
      // the truth in its own frame (origin.json), converted into the drive's frame
      LaneMap map = Lanelet2Maps.read(drive.resolve("ground_truth/map.osm"), null).map();
      UnaryOperator<Point3> c = FrameAlignment.converter(map.frame(), frame);
      List<Primitive> truth =
          map.primitives().stream()
              .map(p -> p.withGeometry(convert(p.geometry(), c)).withReview(ReviewState.VERIFIED))
              .toList();
      try (Project p = Project.create(file, frame)) {
        p.insertAll(truth, "ground truth");
        p.addDrive(
            new DriveRecord(
                log.metadata().id(), drive, log.metadata().format(), DriveFingerprint.of(drive)));
      }
    }
    return file;
  }

  private static Polyline convert(Polyline g, UnaryOperator<Point3> c) {
    List<Point3> pts = new java.util.ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      pts.add(c.apply(new Point3(g.x(i), g.y(i), g.z(i))));
    }
    return Polyline.of(pts);
  }

  @Test
  void exportsATrainingSetFromTheProjectsDrivesWithApprovedLabels() throws Exception {
    Path file = truthProject();
    Path out = dir.resolve("set");
    String[] r =
        run(
            "export",
            "--project",
            file.toString(),
            "--format",
            "training-set",
            "--out",
            out.toString(),
            "--json");
    assertThat(r[0]).isEqualTo("0");
    JsonNode json = new ObjectMapper().readTree(r[1]);
    assertThat(json.get("filter").asText()).isEqualTo("approved");
    assertThat(json.get("drives").asInt()).isEqualTo(1);
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    assertThat(manifest.get("format").asText()).isEqualTo("mapsmith-training-set");
    JsonNode train = manifest.at("/splits/train");
    assertThat(train.size()).isGreaterThan(0);
    // the plan the export followed, as the app shows it before export
    assertThat(json.at("/plan/train/tiles").asInt()).isEqualTo(train.size());
    assertThat(json.at("/plan/val/tiles").asInt()).isEqualTo(manifest.at("/splits/val").size());
    assertThat(json.at("/plan/train/primitives").asInt()).isPositive();
    assertThat(json.at("/plan/train/labelled_tiles").asInt())
        .isPositive()
        .isLessThanOrEqualTo(train.size());
    assertThat(json.at("/plan/unreviewed_primitives").asInt()).as("all verified").isZero();
    assertThat(json.at("/plan/unreviewed_tiles").asText()).isEqualTo("leave-out");
    assertThat(
            manifest.at("/counts/train/classes/solid_divider/pixels").asLong()
                + manifest.at("/counts/train/classes/dashed_divider/pixels").asLong())
        .isGreaterThan(0);
    // the labels lie on the paint: lane-line pixels are brighter than the rest of the road
    double[] sum = new double[2];
    long[] n = new long[2];
    for (JsonNode t : train) {
      Path f32 = out.resolve("tiles/" + t.asText() + ".f32");
      assertThat(Files.size(f32)).isEqualTo(5L * 256 * 256 * 4);
      java.nio.FloatBuffer chw =
          java.nio.ByteBuffer.wrap(Files.readAllBytes(f32))
              .order(java.nio.ByteOrder.LITTLE_ENDIAN)
              .asFloatBuffer();
      java.awt.image.Raster mask =
          ImageIO.read(out.resolve("tiles/" + t.asText() + ".mask.png").toFile()).getRaster();
      for (int i = 0; i < 256 * 256; i++) {
        int cls = mask.getSample(i % 256, i / 256, 0);
        float maxIntensity = chw.get(i), density = chw.get(4 * 256 * 256 + i);
        if (density > 0 && (cls == 0 || cls == 1 || cls == 2)) {
          int k = cls == 0 ? 0 : 1;
          sum[k] += maxIntensity;
          n[k]++;
        }
      }
    }
    assertThat(n[1]).isGreaterThan(100);
    assertThat(sum[1] / n[1]).isGreaterThan(1.5 * sum[0] / n[0]);
  }

  @Test
  void theUnreviewedPolicyIsCheckedAsUsage() throws Exception {
    Path out = dir.resolve("set");
    String p = project().toString();
    String[] bad =
        run(
            "export",
            "--project",
            p,
            "--format",
            "training-set",
            "--out",
            out.toString(),
            "--unreviewed",
            "ignore",
            "--json");
    assertThat(bad[0]).isEqualTo("2");
    assertThat(bad[1]).contains("leave-out or as-background");
    String[] wrongFormat =
        run(
            "export",
            "--project",
            p,
            "--format",
            "geojson",
            "--out",
            out.toString(),
            "--unreviewed",
            "leave-out",
            "--json");
    assertThat(wrongFormat[0]).isEqualTo("2");
    assertThat(wrongFormat[1]).contains("--unreviewed goes with --format training-set");
    assertThat(out).doesNotExist();
  }

  @Test
  void trainingSetOfAProjectWithoutDrivesFailsAndWritesNothing() throws Exception {
    Path out = dir.resolve("set");
    String[] r =
        run(
            "export",
            "--project",
            project().toString(),
            "--format",
            "training-set",
            "--out",
            out.toString(),
            "--json");
    assertThat(r[0]).isEqualTo("1");
    assertThat(r[1]).contains("no drives");
    assertThat(out).doesNotExist();
  }
}
