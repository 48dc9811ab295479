package dev.mapsmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.app.testing.ConsoleCapture;
import dev.mapsmith.core.frame.EnuProjection;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.sampledrives.GenerateRequest;
import dev.mapsmith.sampledrives.GeneratedDrive;
import dev.mapsmith.sampledrives.SampleDrives;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class InfoCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String AV2_LOG = "av2/adcf7d18-0510-35b0-a2fa-b4cea13a6d76";

  @TempDir static Path shared;
  private static GeneratedDrive drive;

  @TempDir Path dir;
  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  @BeforeAll
  static void generate() throws Exception {
    GenerateRequest r =
        GenerateRequest.scenario("straight").withDuration(0.3).withLidar(32, true).withThreads(1);
    drive = SampleDrives.generate(r, shared.resolve("gen"), ProgressMonitor.NONE);
  }

  private JsonNode runJson(String... args) throws Exception {
    int code = MapsmithCli.run(args);
    assertThat(code).as("exit code; stderr: " + console.err()).isZero();
    return JSON.readTree(console.out());
  }

  @Test
  void describesAGeneratedKittiDriveWithTheGeneratorsCounts() throws Exception {
    JsonNode j = runJson("info", drive.drive().toString(), "--json");
    assertThat(j.get("format").asText()).isEqualTo("kitti");
    assertThat(j.get("sweeps").asInt()).isEqualTo(drive.sweeps()).isEqualTo(3);
    assertThat(j.get("points").asLong()).isEqualTo(drive.points()).isGreaterThan(10_000);
    long bytes = 0;
    try (Stream<Path> bins = Files.list(drive.drive().resolve("velodyne_points/data"))) {
      for (Path b : bins.toList()) {
        bytes += Files.size(b);
      }
    }
    assertThat(j.get("points").asLong()).isEqualTo(bytes / 16);
    // sweeps at 0.05, 0.15, 0.25 s; OXTS and camera frames stretch the span a little
    assertThat(j.get("duration_s").asDouble()).isBetween(0.2, 0.35);
    assertThat(j.get("frame").asText()).startsWith("enu(");
    long pngs;
    try (Stream<Path> images = Files.list(drive.drive().resolve("image_02/data"))) {
      pngs = images.count();
    }
    assertThat(j.get("camera_frames").asLong()).isEqualTo(pngs).isPositive();
    assertThat(j.get("cameras").get(0).get("name").asText()).isEqualTo("image_02");
    // the straight scenario drives east at a constant speed
    double length = j.get("trajectory_length_m").asDouble();
    assertThat(length).isGreaterThan(1.0);
    JsonNode ext = j.get("extent");
    assertThat(ext.get("max_x").asDouble() - ext.get("min_x").asDouble())
        .isCloseTo(length, org.assertj.core.data.Offset.offset(0.5));
    assertThat(j.get("skipped").asInt()).isZero();
  }

  @Test
  void reportsSkippedFramesOfAPartlyBrokenDrive() throws Exception {
    Path copy = dir.resolve("copy");
    copyTree(drive.drive().getParent(), copy);
    Path driveCopy = copy.resolve(drive.drive().getFileName());
    Path bin = driveCopy.resolve("velodyne_points/data/0000000001.bin");
    long size = Files.size(bin);
    try (var ch = java.nio.channels.FileChannel.open(bin, java.nio.file.StandardOpenOption.WRITE)) {
      ch.truncate(size - 5);
    }
    JsonNode j = runJson("info", driveCopy.toString(), "--json");
    assertThat(j.get("sweeps").asInt()).isEqualTo(2);
    assertThat(j.get("skipped").asInt()).isEqualTo(1);
    assertThat(j.get("skipped_frames").get(0).asText())
        .contains("velodyne 1", "not a multiple of 16");
  }

  @Test
  void countsTheClassesOfTheGeneratedLanelet2MapUsingItsOriginSidecar() throws Exception {
    JsonNode j = runJson("info", drive.truthMap().toString(), "--json");
    assertThat(j.get("format").asText()).isEqualTo("lanelet2");
    JsonNode classes = j.get("classes");
    assertThat(classes.get("divider").asInt()).isPositive();
    assertThat(classes.get("boundary").asInt()).isPositive();
    int sum = 0;
    for (JsonNode c : classes) {
      sum += c.asInt();
    }
    assertThat(sum).isEqualTo(j.get("primitives").asInt());
  }

  @Test
  void aLatLonLanelet2MapIsPlacedByTheOriginRule() throws Exception {
    Path osm = dir.resolve("two_lines.osm");
    Files.writeString(osm, twoLineOsm(new GeoOrigin(49.0, 8.4, 110)));
    JsonNode centre = runJson("info", osm.toString(), "--json");
    assertThat(centre.get("origin_source").asText()).isEqualTo("map_centre");
    assertThat(centre.get("classes").get("divider").asInt()).isEqualTo(1);
    console.resetOut();
    JsonNode j = runJson("info", osm.toString(), "--origin", "49.0,8.4", "--json");
    assertThat(j.get("origin_source").asText()).isEqualTo("option");
    assertThat(j.get("classes").get("divider").asInt()).isEqualTo(1);
    assertThat(j.get("classes").get("boundary").asInt()).isEqualTo(1);
    assertThat(j.get("frame").asText()).startsWith("enu(49.0,8.4");
    assertThat(j.get("problems")).isEmpty();
  }

  @Test
  void brokenElementsAreListedAndAMapThatIsNotXmlNamesThePosition() throws Exception {
    Path osm = dir.resolve("broken.osm");
    Files.writeString(
        osm,
        twoLineOsm(new GeoOrigin(49.0, 8.4, 110))
            .replace("</osm>", "<way id='77'><nd ref='1'/></way>\n</osm>"));
    JsonNode j = runJson("info", osm.toString(), "--json");
    assertThat(j.get("problem_count").asInt()).isEqualTo(1);
    assertThat(j.get("problems").get(0).asText()).isEqualTo("way 77: has 1 node(s); way skipped");
    console.resetOut();
    Path notXml = dir.resolve("notes.osm");
    Files.writeString(notXml, "<osm>\n<node id='1' lat='1' lon='1'/>\n  oops < here\n</osm>\n");
    assertThat(MapsmithCli.run("info", notXml.toString(), "--json")).isEqualTo(1);
    assertThat(console.err())
        .contains(notXml.toString(), "line 3, column")
        .doesNotContain("Exception");
  }

  @Test
  void describesTheArgoverse2FixtureLogAndMap() throws Exception {
    Path log = fixtures().resolve(AV2_LOG);
    assumeTrue(Files.isDirectory(log), "fixtures missing: " + log);
    int decoded;
    try (DriveLog d = DriveLogs.open(log)) {
      decoded = d.sweeps().get(0).load().size();
    }
    JsonNode j = runJson("info", log.toString(), "--json");
    assertThat(j.get("format").asText()).isEqualTo("av2");
    assertThat(j.get("sweeps").asInt()).isEqualTo(1);
    assertThat(j.get("points").asLong()).isEqualTo(decoded).isGreaterThan(10_000);
    assertThat(j.get("frame").asText()).isEqualTo("local(PIT)");
    assertThat(j.has("duration_s")).isTrue();

    console.resetOut();
    Path map;
    try (Stream<Path> s = Files.list(log.resolve("map"))) {
      map =
          s.filter(p -> p.getFileName().toString().startsWith("log_map_archive"))
              .findFirst()
              .orElseThrow();
    }
    JsonNode m = runJson("info", map.toString(), "--json");
    assertThat(m.get("format").asText()).isEqualTo("av2-map");
    assertThat(m.get("classes").get("divider").asInt()).isPositive();
    assertThat(m.get("classes").get("ped_crossing").asInt()).isPositive();
  }

  @Test
  void aMissingPathFailsWithExitOneNamingThePath() {
    Path missing = dir.resolve("no-such-drive");
    assertThat(MapsmithCli.run("info", missing.toString(), "--json")).isEqualTo(1);
    assertThat(console.err()).contains(missing.toString(), "no such file");
    assertThat(console.out()).contains("\"error\"");
  }

  @Test
  void aFolderThatIsNoDriveFailsNamingIt() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertThat(MapsmithCli.run("info", empty.toString())).isEqualTo(1);
    assertThat(console.err()).contains(empty.toString(), "not a drive log");
  }

  private static String twoLineOsm(GeoOrigin origin) {
    EnuProjection proj = new EnuProjection(origin);
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
    sb.append("<way id='10'><nd ref='1'/><nd ref='2'/>")
        .append("<tag k='type' v='line_thin'/><tag k='subtype' v='dashed'/></way>\n");
    sb.append("<way id='11'><nd ref='3'/><nd ref='4'/>")
        .append("<tag k='type' v='curbstone'/></way>\n</osm>\n");
    return sb.toString();
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static Path fixtures() {
    String prop = System.getProperty("mapsmith.fixtures");
    if (prop != null && Files.isDirectory(Path.of(prop))) {
      return Path.of(prop);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("shared/fixtures"))) {
        return p.resolve("shared/fixtures");
      }
    }
    return Path.of("shared/fixtures");
  }
}
