package dev.mapsmith.drivelog.mcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.drivelog.CameraStream;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.PointCloud;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reads ROS 2 bags written by {@code @mcap/core} (see {@link McapFixtures}). */
class Ros2BagReaderTest {

  @ParameterizedTest
  @ValueSource(strings = {"tf-velodyne-zstd.mcap", "tf-velodyne-none.mcap"})
  void tfPosesPutEveryPointBackOnItsLandmark(String name) throws Exception {
    Landmarks truth = Landmarks.inMap(McapFixtures.bags());
    try (DriveLog log = DriveLogs.open(McapFixtures.bag(name))) {
      assertThat(log.metadata().format()).isEqualTo("mcap");
      assertThat(log.details())
          .containsEntry("pose_source", "tf")
          .containsEntry("world_frame", "map")
          .containsEntry("vehicle_frame", "base_link")
          .containsEntry("lidar_frame", "velodyne")
          .containsEntry("notes", List.of());
      assertThat(log.skipped()).isEmpty();
      assertThat(log.sweeps()).hasSize(20);
      for (LidarSweep s : log.sweeps()) {
        // the header stamp, not the log time (30 ms later)
        assertThat(s.timestampNs()).isEqualTo(truth.t0Ns() + s.index() * 100_000_000L);
        assertThat(s.pointCount()).isEqualTo(40);
        PointCloud world = s.loadInWorld(log.trajectory());
        truth.assertOnLandmarks(world, 0, 0, 0.01, "sweep " + s.index());
      }
      assertThat(log.sweeps().get(0).sensorToVehicle().tz()).isCloseTo(1.8, within(1e-9));
    }
  }

  @Test
  void indexedFileIsOpenedFromItsSummaryWithSeveralChunks() throws Exception {
    try (McapFile f = McapFile.open(McapFixtures.bag("tf-velodyne-zstd.mcap"))) {
      assertThat(f.notes()).isEmpty();
      assertThat(f.chunkCount()).isGreaterThan(3);
      assertThat(f.profile()).isEqualTo("ros2");
      assertThat(f.chunks()).allSatisfy(c -> assertThat(c.compression()).isEqualTo("zstd"));
    }
  }

  @Test
  void odometryPosesWithOusterLayoutAndLz4Chunks() throws Exception {
    Landmarks truth = Landmarks.read(McapFixtures.bags());
    try (DriveLog log = DriveLogs.open(McapFixtures.bag("odom-ouster-lz4.mcap"))) {
      assertThat(log.details())
          .containsEntry("pose_source", "odometry")
          .containsEntry("lidar_topic", "/ouster/points");
      assertThat(log.details().get("notes").toString())
          .contains("several sensor_msgs/msg/PointCloud2 topics")
          .contains("--topic-map lidar=TOPIC");
      assertThat(log.sweeps()).hasSize(20);
      for (LidarSweep s : log.sweeps()) {
        PointCloud c = s.load();
        assertThat(c.time()).as("per-point time from the uint32 't' field").isNotNull();
        assertThat(c.time()[39]).isCloseTo(39 / 40f * 0.09f, within(1e-6f));
        truth.assertOnLandmarks(s.loadInWorld(log.trajectory()), 0, 0, 0.01, "sweep " + s.index());
      }
      assertThat(log.signals().get("speed_mps").values()[0]).isCloseTo(5, within(1e-9));
    }
  }

  @Test
  void topicMapChoosesAmongSeveralLidarTopics(@TempDir Path dir) throws Exception {
    Path bag = McapFixtures.bag("odom-ouster-lz4.mcap");
    try (DriveLog log = Ros2BagReader.open(bag, TopicMap.parse("lidar=/ouster/points_filtered"))) {
      assertThat(log.sweeps().get(0).load().size()).isEqualTo(10);
    }
    Path copy = Files.copy(bag, dir.resolve("drive.mcap"));
    Files.writeString(
        dir.resolve("drive.topics.yaml"), "# chosen\nlidar: /ouster/points_filtered\n");
    try (DriveLog log = DriveLogs.open(copy)) {
      assertThat(log.details()).containsEntry("lidar_topic", "/ouster/points_filtered");
      assertThat(log.sweeps().get(0).load().size()).isEqualTo(10);
    }
    assertThatThrownBy(() -> Ros2BagReader.open(bag, TopicMap.parse("lidar=/nope")))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining("/nope")
        .hasMessageContaining("/ouster/points_filtered");
    assertThatThrownBy(() -> TopicMap.parse("radar=/x")).hasMessageContaining("unknown topic kind");
  }

  @Test
  void gnssAndImuPosesFromAFileWithoutSummary() throws Exception {
    Landmarks truth = Landmarks.read(McapFixtures.bags());
    try (DriveLog log = DriveLogs.open(McapFixtures.bag("gnss-imu-no-summary.mcap"))) {
      assertThat(log.details()).containsEntry("pose_source", "gnss+imu");
      assertThat(log.details().get("notes").toString()).contains("linear scan");
      assertThat(log.metadata().frame()).isInstanceOf(LocalEnuFrame.class);
      assertThat(((LocalEnuFrame) log.metadata().frame()).origin().latDeg()).isEqualTo(48.1);
      // 5 m/s for 2.2 s, heading atan2(4, 3) from east (the IMU's orientation)
      assertThat(log.trajectory().length2d()).isCloseTo(11.0, within(0.05));
      var last = log.trajectory().poses().get(log.trajectory().poses().size() - 1).vehicleToWorld();
      assertThat(Math.atan2(last.ty(), last.tx())).isCloseTo(Math.atan2(4, 3), within(0.01));
      assertThat(last.yaw()).isCloseTo(Math.atan2(4, 3), within(1e-9));
      assertThat(log.sweeps()).hasSize(10);
      PointCloud c = log.sweeps().get(0).load(); // float64 x y z after a uint8 intensity
      for (int i = 0; i < 5; i++) {
        assertThat((double) c.x()[i]).isCloseTo(truth.points()[i][0], within(1e-5));
        assertThat((double) c.y()[i]).isCloseTo(truth.points()[i][1], within(1e-5));
        assertThat(c.intensity()[i]).isCloseTo(50 * i / 255f, within(1e-6f));
      }
    }
  }

  @Test
  void camerasWithIntrinsicsMountAndDecodedImages() throws Exception {
    try (DriveLog log = DriveLogs.open(McapFixtures.bag("tf-velodyne-zstd.mcap"))) {
      assertThat(log.cameras())
          .extracting(CameraStream::name)
          .containsExactlyInAnyOrder("/camera/image_raw/compressed", "/camera/image_raw");
      for (CameraStream c : log.cameras()) {
        assertThat(c.frames()).hasSize(4);
        assertThat(c.intrinsics().fx()).isEqualTo(500);
        assertThat(c.intrinsics().fy()).isEqualTo(510);
        assertThat(c.intrinsics().width()).isEqualTo(4);
        assertThat(c.cameraToVehicle().tx()).isCloseTo(1.5, within(1e-9));
        assertThat(c.cameraToVehicle().tz()).isCloseTo(1.5, within(1e-9));
        BufferedImage img = c.frames().get(0).decode();
        assertThat(img.getWidth()).isEqualTo(4);
        assertThat(img.getHeight()).isEqualTo(2);
        int rgb = img.getRGB(1, 0) & 0xffffff;
        if (c.name().endsWith("compressed")) {
          assertThat(rgb).isEqualTo(200 << 16 | 40 << 8); // the PNG's pixel (1, 0)
        } else {
          assertThat(rgb).isEqualTo(30 << 16 | 40 << 8 | 50); // rgb8 bytes 3, 4, 5
        }
      }
    }
  }
}
