package dev.mapsmith.drivelog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.mapsmith.drivelog.kitti.KittiTestDrives;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus of damaged KITTI drives made here; each fault is named with file and position. */
class DamagedInputTest {

  @TempDir Path dir;

  @Test
  void truncatedBinIsSkippedAndTheDriveStaysUsable() throws Exception {
    Path drive = KittiTestDrives.write(dir, 4);
    Path bin = drive.resolve("velodyne_points/data/0000000002.bin");
    byte[] b = Files.readAllBytes(bin);
    Files.write(bin, java.util.Arrays.copyOf(b, b.length - 5));
    try (DriveLog log = DriveLogs.open(drive)) {
      assertThat(log.sweeps()).extracting(LidarSweep::index).containsExactly(0, 1, 3);
      SkippedFrame s = log.skipped().get(0);
      assertThat(s.file()).isEqualTo(bin);
      assertThat(s.reason()).contains("not a multiple of 16").contains("byte offset 32");
      assertThat(log.sweeps().get(2).load().size()).isEqualTo(3);
    }
    assertThatThrownBy(() -> DriveLogs.openStrict(drive))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining("0000000002.bin")
        .hasMessageContaining("byte offset 32");
  }

  @Test
  void nanCoordinateFailsTheLoadWithItsByteOffset() throws Exception {
    Path drive = KittiTestDrives.write(dir, 2);
    Path bin = drive.resolve("velodyne_points/data/0000000001.bin");
    KittiTestDrives.writeBin(bin, new float[] {1, 2, 3, 0, 4, Float.NaN, 6, 0});
    try (DriveLog log = DriveLogs.open(drive)) {
      assertThatThrownBy(() -> log.sweeps().get(1).load())
          .isInstanceOf(DriveLogException.class)
          .hasMessageContaining("0000000001.bin")
          .hasMessageContaining("byte offset 20")
          .hasMessageContaining("non-finite y");
      assertThatThrownBy(() -> log.sweeps().get(1).loadInWorld(log.trajectory()))
          .hasMessageContaining("byte offset 20");
      assertThat(log.sweeps().get(0).load().size()).isEqualTo(3);
    }
  }

  @Test
  void timestampAndDataCountsThatDisagree() throws Exception {
    Path drive = KittiTestDrives.write(dir, 4);
    Path ts = drive.resolve("velodyne_points/timestamps.txt");
    List<String> lines = Files.readAllLines(ts);
    Files.write(ts, lines.subList(0, 3));
    Files.delete(drive.resolve("oxts/data/0000000001.txt"));
    try (DriveLog log = DriveLogs.open(drive)) {
      assertThat(log.sweeps()).hasSize(3);
      assertThat(log.skipped())
          .anySatisfy(
              s -> {
                assertThat(s.stream()).isEqualTo("velodyne");
                assertThat(s.reason())
                    .contains(ts.toString())
                    .contains("3 lines but 4 data files")
                    .contains("no line 4");
              })
          .anySatisfy(
              s -> {
                assertThat(s.stream()).isEqualTo("oxts");
                assertThat(s.reason())
                    .contains("oxts/timestamps.txt line 2 has no data file 0000000001.txt");
              });
      assertThat(log.trajectory().poses()).hasSize(3);
    }
  }

  @Test
  void malformedOxtsLineIsSkippedWithFileAndLine() throws Exception {
    Path drive = KittiTestDrives.write(dir, 3);
    Path oxts = drive.resolve("oxts/data/0000000001.txt");
    Files.writeString(oxts, "49.0 8.4 110 0 0 zero\n");
    Files.writeString(
        drive.resolve("oxts/data/0000000002.txt"), "49.0 8.4 " + "x ".repeat(28) + "\n");
    try (DriveLog log = DriveLogs.open(drive)) {
      assertThat(log.trajectory().poses()).hasSize(1);
      assertThat(log.skipped().get(0).file()).isEqualTo(oxts);
      assertThat(log.skipped().get(0).reason()).contains("line 1").contains("found 6");
      assertThat(log.skipped().get(1).reason()).contains("line 1, value 3").contains("'x'");
    }
  }

  @Test
  void malformedCalibrationIsAnErrorWithFileAndLine() throws Exception {
    Path drive = KittiTestDrives.write(dir, 2);
    Path calib = drive.getParent().resolve("calib_velo_to_cam.txt");
    Files.writeString(calib, "calib_time: x\nR: 0 -1 0 0 0 -1 1 0 zero\nT: 0 0 0\n");
    assertThatThrownBy(() -> DriveLogs.open(drive))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining("calib_velo_to_cam.txt")
        .hasMessageContaining("line 2")
        .hasMessageContaining("'zero'");
    Files.writeString(calib, "R: 0 -1 0 0 0 -1 1 0\nT: 0 0 0\n");
    assertThatThrownBy(() -> DriveLogs.open(drive))
        .hasMessageContaining("line 1")
        .hasMessageContaining("R has 8 values, expected 9");
    Files.writeString(calib, "R 1 0 0\n");
    assertThatThrownBy(() -> DriveLogs.open(drive))
        .hasMessageContaining("line 1")
        .hasMessageContaining("key: values");
    Files.delete(calib);
    assertThatThrownBy(() -> DriveLogs.open(drive))
        .hasMessageContaining("calib_velo_to_cam.txt")
        .hasMessageContaining("missing");
  }

  @Test
  void unreadableDirectoryAndUnknownInput() throws Exception {
    Path drive = KittiTestDrives.write(dir, 1);
    Path data = drive.resolve("velodyne_points/data");
    Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(data), "running as root: permissions are not enforced");
      assertThatThrownBy(() -> DriveLogs.open(drive))
          .isInstanceOf(DriveLogException.class)
          .hasMessageContaining(data.toString());
    } finally {
      Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void pathsThatAreNoDrive() throws Exception {
    Path txt = Files.writeString(dir.resolve("notes.txt"), "hello");
    assertThatThrownBy(() -> DriveLogs.open(txt))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining("notes.txt")
        .hasMessageContaining("not a drive log");
    assertThatThrownBy(() -> DriveLogs.open(dir.resolve("gone")))
        .hasMessageContaining("gone")
        .hasMessageContaining("no such file");
  }
}
