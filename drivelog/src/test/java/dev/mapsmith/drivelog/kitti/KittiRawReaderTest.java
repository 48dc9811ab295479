package dev.mapsmith.drivelog.kitti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.drivelog.CameraStream;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.PointCloud;
import dev.mapsmith.drivelog.TimedPose;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KittiRawReaderTest {

  @TempDir Path dir;

  @Test
  void opensDriveFolderAndDateFolder() throws Exception {
    Path drive = KittiTestDrives.write(dir, 5);
    try (DriveLog log = DriveLogs.open(drive)) {
      assertThat(log.metadata().format()).isEqualTo("kitti");
      assertThat(log.metadata().id()).isEqualTo("2011_09_26_drive_0001_sync");
      assertThat(log.metadata().frame())
          .isEqualTo(
              new LocalEnuFrame(
                  new GeoOrigin(KittiTestDrives.LAT0, KittiTestDrives.LON0, KittiTestDrives.ALT0)));
      assertThat(log.metadata().startNs()).isEqualTo(KittiTestDrives.T0);
      assertThat(log.metadata().durationSeconds()).isCloseTo(0.405, within(1e-9));
      assertThat(log.sweeps()).hasSize(5);
      assertThat(log.skipped()).isEmpty();
      assertThat(log.trajectory().length2d()).isCloseTo(4.0, within(0.01));
      RigidTransform last = log.trajectory().poses().get(4).vehicleToWorld();
      assertThat(last.tx()).isCloseTo(4.0, within(0.01));
      assertThat(last.ty()).isCloseTo(0.0, within(0.01));
    }
    try (DriveLog log = DriveLogs.open(drive.getParent())) {
      assertThat(log.sweeps()).hasSize(5);
    }
    // the dataset root above the date folder, as KITTI's download and `mapsmith generate` give
    try (DriveLog log = DriveLogs.open(dir)) {
      assertThat(log.metadata().id()).isEqualTo("2011_09_26_drive_0001_sync");
      assertThat(log.sweeps()).hasSize(5);
    }
  }

  @Test
  void sweepsLoadInSensorAndWorldFrames() throws Exception {
    Path drive = KittiTestDrives.write(dir, 3);
    try (DriveLog log = DriveLogs.open(drive)) {
      PointCloud raw = log.sweeps().get(1).load();
      assertThat(raw.size()).isEqualTo(3);
      assertThat(raw.x()[0]).isEqualTo(10f);
      assertThat(raw.intensity()[1]).isEqualTo(0.25f);
      assertThat(raw.time()).isNull();
      PointCloud world = log.sweeps().get(1).loadInWorld(log.trajectory());
      // sweep 1 at t0+0.105 s: vehicle ~1.05 m east; lidar 1 m ahead and 2 m up of the IMU
      assertThat(world.x()[0]).isCloseTo(1.05f + 1 + 10, within(0.02f));
      assertThat(world.y()[1]).isCloseTo(5f, within(0.02f));
      assertThat(world.z()[2]).isCloseTo(1f, within(0.02f));
    }
  }

  @Test
  void devkitMercatorPosesAreReproduced() throws Exception {
    Path drive = KittiTestDrives.write(dir, 3);
    KittiOxtsTrack track = KittiOxtsTrack.read(drive.resolve("oxts"), new java.util.ArrayList<>());
    List<TimedPose> dev = track.devkitPoses();
    assertThat(dev.get(0).vehicleToWorld().tx()).isCloseTo(0, within(1e-9));
    double s = Math.cos(Math.toRadians(KittiTestDrives.LAT0));
    double dLon = track.records().get(2).lon() - track.records().get(0).lon();
    assertThat(dev.get(2).vehicleToWorld().tx())
        .isCloseTo(s * dLon * Math.PI * 6378137.0 / 180, within(1e-6));
    double[] m = KittiMercator.toMercator(49, 8.4, 3, KittiMercator.scale(49));
    assertThat(m[1])
        .isCloseTo(
            Math.cos(Math.toRadians(49)) * 6378137 * Math.log(Math.tan((90 + 49) * Math.PI / 360)),
            within(1e-6));
    assertThat(m[2]).isEqualTo(3);
  }

  @Test
  void cameraIntrinsicsExtrinsicsAndLazyDecode() throws Exception {
    Path drive = KittiTestDrives.write(dir, 2);
    try (DriveLog log = DriveLogs.open(drive)) {
      CameraStream cam = log.cameras().get(0);
      assertThat(cam.name()).isEqualTo("image_02");
      assertThat(cam.intrinsics().fx()).isEqualTo(700);
      assertThat(cam.intrinsics().width()).isEqualTo(64);
      assertThat(cam.frames()).hasSize(2);
      assertThat(cam.frames().get(1).decode().getRGB(3, 4) & 0xffffff).isEqualTo(0xff0000);
      // camera z (forward) is vehicle x; the camera centre sits 1 m ahead of the IMU, plus the
      // cam0 offset and the P_rect_02 baseline (camera 2 sits 45/700 m left of camera 0)
      Point3 centre = cam.cameraToVehicle().apply(new Point3(0, 0, 0));
      Point3 ahead = cam.cameraToVehicle().apply(new Point3(0, 0, 1));
      assertThat(ahead.x() - centre.x()).isCloseTo(1, within(1e-9));
      assertThat(centre.x()).isCloseTo(1 + 0.27, within(1e-6));
      assertThat(centre.y()).isCloseTo(45.0 / 700, within(1e-6));
      assertThat(centre.z()).isCloseTo(2 - 0.08, within(1e-6));
    }
  }

  @Test
  void signalsFromOxtsAndCsv() throws Exception {
    Path drive = KittiTestDrives.write(dir, 3);
    try (DriveLog log = DriveLogs.open(drive)) {
      assertThat(log.signals().get("oxts_speed_mps").values()).containsExactly(10, 10, 10);
      assertThat(log.signals().get("speed_mps").values()).containsExactly(10, 10, 10);
      assertThat(log.signals().get("oxts_yaw_rate_rps").values()).containsExactly(0, 0.01, 0.02);
      assertThat(log.signals().get("oxts_numsats").values()).containsExactly(9, 9, 9);
    }
    Files.writeString(
        drive.resolve("signals.csv"),
        KittiSignals.CSV_HEADER + "\n100,1.5,0.1,0.01\n200,oops,0,0\n300,2.5,0.2,0.02\n");
    try (DriveLog log = DriveLogs.open(drive)) {
      assertThat(log.signals().get("speed_mps").values()).containsExactly(1.5, 2.5);
      assertThat(log.signals().get("steering_rad").timestampsNs()).containsExactly(100, 300);
      assertThat(log.skipped())
          .singleElement()
          .satisfies(
              s -> {
                assertThat(s.reason()).contains("line 3");
                assertThat(s.file().getFileName().toString()).isEqualTo("signals.csv");
              });
    }
  }

  @Test
  void directoryWithoutDriveIsAClearError() throws Exception {
    assertThatThrownBy(() -> KittiRawReader.open(dir))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining(dir.toString())
        .hasMessageContaining("no KITTI drive");
  }
}
