package dev.mapsmith.drivelog.nuscenes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.CameraStream;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.Fixtures;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.drivelog.RadarPoints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NuScenesReaderTest {

  @Test
  void readsTheRealKeyFrame() throws Exception {
    Path root = Fixtures.require("nuscenes-sample");
    try (DriveLog log = DriveLogs.open(root)) {
      assertThat(log.metadata().format()).isEqualTo("nuscenes");
      assertThat(log.metadata().id()).isEqualTo("scene-mmdet3d-demo");
      assertThat(log.metadata().frame().describe()).isEqualTo("local(nuscenes:singapore-onenorth)");
      assertThat(log.sweeps()).hasSize(1);
      LidarSweep s = log.sweeps().get(0);
      assertThat(s.pointCount()).isEqualTo(34_688);
      PointCloud c = s.load();
      assertThat(c.size()).isEqualTo(34_688);
      RigidTransform ego = log.trajectory().at(s.timestampNs());
      assertThat(ego.tx()).isCloseTo(411.30, within(0.01));
      assertThat(ego.ty()).isCloseTo(1180.89, within(0.01));
      assertThat(s.sensorToVehicle().tz()).isCloseTo(1.84, within(0.001));
      // the roof lidar sits ~1.84 m up: in the world, the ground near the car is near z = 0
      PointCloud w = s.loadInWorld(log.trajectory());
      int near = 0, ground = 0;
      for (int i = 0; i < w.size(); i++) {
        double d = Math.hypot(w.x()[i] - ego.tx(), w.y()[i] - ego.ty());
        if (d > 4 && d < 10) {
          near++;
          ground += Math.abs(w.z()[i]) < 0.4 ? 1 : 0;
        }
      }
      assertThat(ground).isGreaterThan(near / 2);
      assertThat(log.cameras()).hasSize(6);
      CameraStream front =
          log.cameras().stream()
              .filter(k -> k.name().equals("CAM_FRONT"))
              .findFirst()
              .orElseThrow();
      assertThat(front.intrinsics().fx()).isCloseTo(1266.417, within(0.001));
      assertThat(front.intrinsics().width()).isEqualTo(1600);
      BufferedImage img = front.frames().get(0).decode();
      assertThat(img.getWidth()).isEqualTo(1600);
      assertThat(img.getHeight()).isEqualTo(900);
      assertThat(log.radar()).isEmpty();
      assertThat(log.skipped()).isEmpty();
    }
  }

  @Test
  void radarReturnsKeepStaticAndMovingApart(@TempDir Path root) throws Exception {
    TinyNuScenes.write(root, false);
    try (DriveLog log = DriveLogs.open(root)) {
      assertThat(log.radar()).hasSize(3);
      assertThat(log.radar().get(0).sensor()).isEqualTo("RADAR_FRONT");
      RadarPoints p = log.radar().get(0).load();
      // four returns written; the devkit's default filter drops 'stopped' and an invalid one
      assertThat(p.size()).isEqualTo(2);
      RadarPoints still = p.stationary(), moving = p.moving();
      assertThat(still.size()).isEqualTo(1);
      assertThat(still.rcs()[0]).isEqualTo(12.5f);
      assertThat(still.x()[0]).isEqualTo(20f);
      assertThat(moving.size()).isEqualTo(1);
      assertThat(moving.vx()[0]).isEqualTo(-3f);
      assertThat(moving.vxComp()[0]).isEqualTo(4.5f);
      assertThat(moving.vyComp()[0]).isEqualTo(0.25f);
      assertThat(log.radar().get(0).sensorToVehicle().tx()).isCloseTo(3.4, within(1e-9));
    }
  }

  @Test
  void radarFieldsAreFoundByNameInTheHeader(@TempDir Path root) throws Exception {
    TinyNuScenes.write(root, true); // the same returns, fields in another order
    try (DriveLog log = DriveLogs.open(root)) {
      RadarPoints p = log.radar().get(0).load();
      assertThat(p.stationary().rcs()[0]).isEqualTo(12.5f);
      assertThat(p.moving().vxComp()[0]).isEqualTo(4.5f);
    }
  }

  @Test
  void scenesAreChosenByNameAndPosesInterpolatedBetweenSamples(@TempDir Path root)
      throws Exception {
    TinyNuScenes.write(root, false);
    try (DriveLog a = NuScenesReader.open(root, "scene-a");
        DriveLog b = NuScenesReader.open(root, "scene-b")) {
      assertThat(a.sweeps()).hasSize(2);
      assertThat(b.sweeps()).hasSize(1);
      assertThat(b.radar()).isEmpty();
      // the radar sweep between the two key frames has no ego pose of its own
      long mid = a.radar().get(1).timestampNs();
      assertThat(a.trajectory().at(mid).tx()).isCloseTo(105, within(1e-9));
    }
    assertThatThrownBy(() -> NuScenesReader.open(root, "scene-z"))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining("scene-a")
        .hasMessageContaining("scene-b");
  }
}
