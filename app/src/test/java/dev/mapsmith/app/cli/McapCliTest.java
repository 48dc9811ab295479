package dev.mapsmith.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.app.testing.ConsoleCapture;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.drivelog.Fixtures;
import dev.mapsmith.drivelog.mcap.McapFixtures;
import dev.mapsmith.labeling.DriveFingerprint;
import dev.mapsmith.labeling.DriveRecord;
import dev.mapsmith.labeling.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code info} on ROS 2 bags and nuScenes, {@code export --format mcap} (bags by @mcap/core). */
class McapCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  private JsonNode runJson(String... args) throws Exception {
    console.resetOut();
    int code = MapsmithCli.run(args);
    assertThat(code).as("exit code; stderr: " + console.err()).isZero();
    return JSON.readTree(console.out());
  }

  @Test
  void infoSaysWhichPoseSourceABagUses() throws Exception {
    JsonNode j = runJson("info", McapFixtures.bag("tf-velodyne-zstd.mcap").toString(), "--json");
    assertThat(j.get("format").asText()).isEqualTo("mcap");
    assertThat(j.get("pose_source").asText()).isEqualTo("tf");
    assertThat(j.get("sweeps").asInt()).isEqualTo(20);
    assertThat(j.get("points").asLong()).isEqualTo(800);
    assertThat(j.get("camera_frames").asInt()).isEqualTo(8);
    assertThat(
            runJson("info", McapFixtures.bag("gnss-imu-no-summary.mcap").toString(), "--json")
                .get("pose_source")
                .asText())
        .isEqualTo("gnss+imu");
  }

  @Test
  void topicMapChoosesTheLidar() throws Exception {
    JsonNode j =
        runJson(
            "info",
            McapFixtures.bag("odom-ouster-lz4.mcap").toString(),
            "--topic-map",
            "lidar=/ouster/points_filtered",
            "--json");
    assertThat(j.get("pose_source").asText()).isEqualTo("odometry");
    assertThat(j.get("lidar_topic").asText()).isEqualTo("/ouster/points_filtered");
    assertThat(j.get("points").asLong()).isEqualTo(200);
    assertThat(
            MapsmithCli.run(
                "info",
                McapFixtures.bag("odom-ouster-lz4.mcap").toString(),
                "--topic-map",
                "sonar=/x",
                "--json"))
        .isEqualTo(2);
  }

  @Test
  void infoOnANuScenesScene() throws Exception {
    Path root = Fixtures.require("nuscenes-sample");
    JsonNode j = runJson("info", root.toString(), "--scene", "scene-mmdet3d-demo", "--json");
    assertThat(j.get("format").asText()).isEqualTo("nuscenes");
    assertThat(j.get("points").asLong()).isEqualTo(34_688);
    assertThat(j.get("cameras")).hasSize(6);
  }

  @Test
  void exportsAProjectDriveAsMcap() throws Exception {
    Path bag = McapFixtures.bag("gnss-imu-no-summary.mcap");
    Path project = dir.resolve("p.mapsmith");
    try (Project p = Project.create(project, new LocalEnuFrame(new GeoOrigin(48.1, 11.5, 520)))) {
      p.addDrive(new DriveRecord("drive-1", bag, "mcap", DriveFingerprint.of(bag)));
    }
    Path out = dir.resolve("drive.mcap");
    JsonNode j =
        runJson(
            "export",
            "--project",
            project.toString(),
            "--format",
            "mcap",
            "--out",
            out.toString(),
            "--json");
    assertThat(j.get("drive").asText()).isEqualTo("drive-1");
    Map<String, Integer> counts = new LinkedHashMap<>();
    j.get("channels").forEach(c -> counts.put(c.get("topic").asText(), c.get("messages").asInt()));
    assertThat(counts).containsEntry("/lidar", 10).containsEntry("/map", 1).containsKey("/gnss");
    assertThat(Files.size(out)).isPositive();
    assertThat(
            MapsmithCli.run(
                "export",
                "--project",
                project.toString(),
                "--format",
                "mcap",
                "--out",
                dir.resolve("x.mcap").toString(),
                "--drive",
                "nope",
                "--json"))
        .isEqualTo(2);
    assertThat(dir.resolve("x.mcap")).doesNotExist();
  }
}
