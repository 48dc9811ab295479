package dev.mapsmith.labeling.export.mcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.DriveMetadata;
import dev.mapsmith.drivelog.PoseTrajectory;
import dev.mapsmith.drivelog.RadarPoints;
import dev.mapsmith.drivelog.RadarSweep;
import dev.mapsmith.drivelog.SignalSeries;
import dev.mapsmith.drivelog.SimpleDriveLog;
import dev.mapsmith.drivelog.TimedPose;
import dev.mapsmith.drivelog.mcap.McapChannel;
import dev.mapsmith.drivelog.mcap.McapFile;
import dev.mapsmith.drivelog.mcap.McapFixtures;
import dev.mapsmith.drivelog.mcap.McapMessage;
import dev.mapsmith.labeling.TestMaps;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports drives read from bags written by {@code @mcap/core}, then reads the result back with
 * {@code @mcap/core} (node) and with drivelog's MCAP reader.
 */
class FoxgloveExportTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static List<Primitive> map() {
    return List.of(
        TestMaps.divider(100, 200, 30, 4).withId(1),
        TestMaps.line(MapClass.BOUNDARY, 100, 195, 0, 130, 195, 0)
            .withId(2)
            .withReview(ReviewState.REJECTED),
        TestMaps.line(MapClass.PED_CROSSING, 110, 190, 0, 114, 190, 0, 114, 198, 0, 110, 198, 0)
            .withId(3));
  }

  @Test
  void driveAndMapReadBackWithEveryChannelSchemaAndCount() throws Exception {
    Path out = dir.resolve("drive.mcap");
    Map<String, Object[]> expected = new LinkedHashMap<>();
    try (DriveLog drive = DriveLogs.open(McapFixtures.bag("tf-velodyne-zstd.mcap"))) {
      FoxgloveExport.Result r =
          FoxgloveExport.write(map(), drive.metadata().frame(), drive, out, ProgressMonitor.NONE);
      int poses = drive.trajectory().poses().size();
      expected.put("/map", new Object[] {"foxglove.SceneUpdate", 1});
      expected.put("/tf", new Object[] {"foxglove.FrameTransform", poses + 3});
      expected.put("/lidar", new Object[] {"foxglove.PointCloud", 20});
      for (String cam : List.of("camera_image_raw_compressed", "camera_image_raw")) {
        expected.put("/camera/" + cam + "/image", new Object[] {"foxglove.CompressedImage", 4});
        expected.put(
            "/camera/" + cam + "/calibration", new Object[] {"foxglove.CameraCalibration", 4});
      }
      assertThat(r.messages().keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    }
    assertReadBack(out, expected);
    try (McapFile f = McapFile.open(out)) {
      McapChannel mapChannel = channel(f, "/map");
      McapMessage m = f.read(f.messages(mapChannel.id()).get(0));
      JsonNode scene =
          JSON.readTree(
              new String(m.buffer(), m.from(), m.to() - m.from(), StandardCharsets.UTF_8));
      JsonNode entities = scene.get("entities");
      assertThat(entities).hasSize(3);
      assertThat(entities.get(1).get("metadata").toString())
          .contains("\"review\"")
          .contains("rejected")
          .contains("boundary");
      assertThat(entities.get(2).get("lines").get(0).get("type").asInt()).isEqualTo(1); // loop
      McapMessage cloud = f.read(f.messages(channel(f, "/lidar").id()).get(0));
      JsonNode pc =
          JSON.readTree(
              new String(
                  cloud.buffer(), cloud.from(), cloud.to() - cloud.from(), StandardCharsets.UTF_8));
      assertThat(java.util.Base64.getDecoder().decode(pc.get("data").asText())).hasSize(40 * 16);
      assertThat(pc.get("frame_id").asText()).isEqualTo("lidar");
    }
  }

  @Test
  void geodeticProjectGetsLocationFixesAndSignals() throws Exception {
    Path out = dir.resolve("gnss.mcap");
    int poses;
    try (DriveLog drive = DriveLogs.open(McapFixtures.bag("gnss-imu-no-summary.mcap"))) {
      FoxgloveExport.write(map(), drive.metadata().frame(), drive, out, ProgressMonitor.NONE);
      poses = drive.trajectory().poses().size();
    }
    Map<String, Object[]> expected = new LinkedHashMap<>();
    expected.put("/map", new Object[] {"foxglove.SceneUpdate", 1});
    expected.put("/tf", new Object[] {"foxglove.FrameTransform", poses + 1});
    expected.put("/gnss", new Object[] {"foxglove.LocationFix", poses});
    expected.put("/lidar", new Object[] {"foxglove.PointCloud", 10});
    expected.put("/signals/yaw_rate_rps", new Object[] {"mapsmith.Signal", 111});
    expected.put("/signals/gnss_status", new Object[] {"mapsmith.Signal", 23});
    assertReadBack(out, expected);
    try (McapFile f = McapFile.open(out)) {
      McapMessage m = f.read(f.messages(channel(f, "/gnss").id()).get(0));
      JsonNode fix =
          JSON.readTree(
              new String(m.buffer(), m.from(), m.to() - m.from(), StandardCharsets.UTF_8));
      assertThat(fix.get("latitude").asDouble()).isCloseTo(48.1, within(1e-9));
      assertThat(fix.get("longitude").asDouble()).isCloseTo(11.5, within(1e-9));
    }
  }

  @Test
  void cancelledExportLeavesNoFile() throws Exception {
    Path out = dir.resolve("cancelled.mcap");
    ProgressMonitor cancelled =
        new ProgressMonitor() {
          @Override
          public void progress(double fraction, String message) {}

          @Override
          public boolean isCancelled() {
            return true;
          }
        };
    try (DriveLog drive = DriveLogs.open(McapFixtures.bag("tf-velodyne-zstd.mcap"))) {
      assertThatThrownBy(
              () -> FoxgloveExport.write(map(), drive.metadata().frame(), drive, out, cancelled))
          .isInstanceOf(RuntimeException.class);
    }
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  /** A radar reading the test holds in memory. */
  record Reading(long timestampNs, RadarPoints points) implements RadarSweep {
    @Override
    public int index() {
      return 0;
    }

    @Override
    public String sensor() {
      return "RADAR_FRONT";
    }

    @Override
    public RigidTransform sensorToVehicle() {
      return RigidTransform.fromEuler(0, 0, 0, 3, 0, -0.4);
    }

    @Override
    public RadarPoints load() {
      return points;
    }
  }

  @Test
  void radarReadingsAreWrittenAsPointCloudsWithTheirMount() throws Exception {
    RadarPoints p = RadarPoints.allocate(2);
    p.x()[0] = 20;
    p.rcs()[0] = 12.5f;
    p.vxComp()[0] = -4;
    p.dynProp()[0] = 2;
    p.x()[1] = 35;
    p.y()[1] = -3;
    p.dynProp()[1] = 1;
    long t0 = 1_000_000_000L;
    List<TimedPose> poses =
        List.of(
            new TimedPose(t0, RigidTransform.IDENTITY),
            new TimedPose(t0 + 200_000_000L, RigidTransform.fromEuler(0, 0, 0, 2, 0, 0)));
    DriveLog drive =
        new SimpleDriveLog(
            new DriveMetadata(
                "r", "test", dir, new NamedLocalFrame("t"), t0, t0 + 200_000_000L, List.of()),
            new PoseTrajectory(poses),
            List.of(),
            List.of(),
            SignalSeries.EMPTY,
            List.of(),
            List.of(new Reading(t0 + 50_000_000L, p), new Reading(t0 + 120_000_000L, p)));
    Path out = dir.resolve("radar.mcap");
    FoxgloveExport.write(List.of(), drive.metadata().frame(), drive, out, ProgressMonitor.NONE);
    Map<String, Object[]> expected = new LinkedHashMap<>();
    expected.put("/map", new Object[] {"foxglove.SceneUpdate", 1});
    expected.put("/tf", new Object[] {"foxglove.FrameTransform", 3}); // 2 poses + the mount
    expected.put("/radar/RADAR_FRONT", new Object[] {"foxglove.PointCloud", 2});
    assertReadBack(out, expected);
    try (McapFile f = McapFile.open(out)) {
      McapMessage m = f.read(f.messages(channel(f, "/radar/RADAR_FRONT").id()).get(0));
      JsonNode cloud =
          JSON.readTree(
              new String(m.buffer(), m.from(), m.to() - m.from(), StandardCharsets.UTF_8));
      assertThat(cloud.get("frame_id").asText()).isEqualTo("RADAR_FRONT");
      assertThat(cloud.get("point_stride").asInt()).isEqualTo(28);
      assertThat(cloud.get("fields").toString()).contains("rcs").contains("vx_comp");
      java.nio.ByteBuffer b =
          java.nio.ByteBuffer.wrap(java.util.Base64.getDecoder().decode(cloud.get("data").asText()))
              .order(java.nio.ByteOrder.LITTLE_ENDIAN);
      assertThat(b.getFloat(0)).isEqualTo(20f); // x
      assertThat(b.getFloat(12)).isEqualTo(12.5f); // rcs
      assertThat(b.getFloat(16)).isEqualTo(-4f); // vx_comp
      assertThat(b.getFloat(24)).isEqualTo(2f); // dyn_prop: oncoming
      assertThat(b.getFloat(28)).isEqualTo(35f); // the second return
    }
  }

  /** Both readers see exactly the expected channels, schema names and message counts. */
  private static void assertReadBack(Path out, Map<String, Object[]> expected) throws Exception {
    JsonNode node = JSON.readTree(McapFixtures.readBack(out));
    Map<String, Object[]> seen = new LinkedHashMap<>();
    for (JsonNode c : node.get("channels")) {
      assertThat(c.get("schema_encoding").asText()).isEqualTo("jsonschema");
      assertThat(c.get("message_encoding").asText()).isEqualTo("json");
      seen.put(
          c.get("topic").asText(),
          new Object[] {c.get("schema").asText(), c.get("messages").asInt()});
    }
    assertThat(node.get("chunks").asInt()).isPositive();
    assertSame(expected, seen, "@mcap/core");
    Map<String, Object[]> ours = new LinkedHashMap<>();
    try (McapFile f = McapFile.open(out)) {
      assertThat(f.notes()).as("read from the summary and message indexes").isEmpty();
      assertThat(f.problems()).isEmpty();
      for (McapChannel c : f.channels().values()) {
        ours.put(c.topic(), new Object[] {f.schemaName(c.id()), f.messages(c.id()).size()});
      }
    }
    assertSame(expected, ours, "drivelog's reader");
  }

  private static void assertSame(Map<String, Object[]> a, Map<String, Object[]> b, String who) {
    assertThat(b.keySet()).as(who + " topics").containsExactlyInAnyOrderElementsOf(a.keySet());
    a.forEach((k, v) -> assertThat(b.get(k)).as(who + " " + k).containsExactly(v));
  }

  private static McapChannel channel(McapFile f, String topic) {
    return f.channels().values().stream()
        .filter(c -> c.topic().equals(topic))
        .findFirst()
        .orElseThrow();
  }
}
