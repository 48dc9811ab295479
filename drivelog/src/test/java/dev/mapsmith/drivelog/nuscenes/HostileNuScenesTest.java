package dev.mapsmith.drivelog.nuscenes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.HostileFiles;
import dev.mapsmith.drivelog.SkippedFrame;
import dev.mapsmith.drivelog.pcd.RadarPcd;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crafted nuScenes data roots (issue 17): every file is opened through {@code InputFiles}, so a
 * missing table, a folder or named pipe where a table or sweep should be, a table or sweep too
 * large for the memory budget, and a truncated table, sweep or radar file each end in a clear error
 * naming the file and the fault (or a skipped frame saying so), never a hang or an
 * OutOfMemoryError. Runs in a small heap (see the pom).
 */
class HostileNuScenesTest {

  @TempDir Path root;

  private Path table(String name) throws Exception {
    TinyNuScenes.write(root, false);
    return root.resolve("v1.0-mini").resolve(name + ".json");
  }

  @Test
  void aMissingTableIsNamed() throws Exception {
    Path t = table("ego_pose");
    Files.delete(t);
    assertThatThrownBy(() -> DriveLogs.open(root))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining(t.toString())
        .hasMessageContaining("missing");
  }

  @Test
  void aNamedPipeOrFolderWhereATableShouldBeIsRefusedAtOnce() throws Exception {
    Path t = table("sample_data");
    Files.delete(t);
    HostileFiles.fifo(t);
    HostileFiles.within(
        10,
        () ->
            assertThatThrownBy(() -> DriveLogs.open(root))
                .hasMessageContaining(t.toString())
                .hasMessageContaining("named pipe"));
    Files.delete(t);
    Files.createDirectory(t);
    assertThatThrownBy(() -> DriveLogs.open(root))
        .hasMessageContaining(t.toString())
        .hasMessageContaining("a directory");
  }

  @Test
  void aTableLargerThanTheBudgetAllowsIsRefusedBeforeReading() throws Exception {
    Path t = table("ego_pose");
    Files.delete(t);
    HostileFiles.sparse(t, 3L << 30);
    assertThatThrownBy(() -> DriveLogs.open(root))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining(t.toString())
        .hasMessageContaining("larger than");
  }

  @Test
  void aTruncatedTableIsNamedAsNotJson() throws Exception {
    Path t = table("sample");
    byte[] b = Files.readAllBytes(t);
    Files.write(t, Arrays.copyOf(b, b.length / 2));
    assertThatThrownBy(() -> DriveLogs.open(root))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining(t.toString())
        .hasMessageContaining("not a JSON table");
  }

  @Test
  void aNamedPipeOrFolderWhereASweepShouldBeIsSkippedWithANote() throws Exception {
    TinyNuScenes.write(root, false);
    Path lidar = root.resolve("samples/LIDAR_TOP/a1.pcd.bin");
    Path radar = root.resolve("samples/RADAR_FRONT/a1-1600000000000000.pcd");
    Files.delete(lidar);
    HostileFiles.fifo(lidar);
    Files.delete(radar);
    Files.createDirectory(radar);
    HostileFiles.within(
        10,
        () -> {
          try (DriveLog log = DriveLogs.open(root)) {
            assertThat(log.skipped())
                .extracting(SkippedFrame::reason)
                .anySatisfy(r -> assertThat(r).contains(lidar.toString()).contains("named pipe"))
                .anySatisfy(r -> assertThat(r).contains(radar.toString()).contains("a directory"));
            assertThat(log.sweeps()).hasSize(1);
          }
        });
    NuScenesLidarSweep direct = new NuScenesLidarSweep(0, 0, lidar, RigidTransform.IDENTITY);
    HostileFiles.within(
        5, () -> assertThatThrownBy(direct::load).hasMessageContaining("named pipe"));
  }

  @Test
  void aTruncatedOrHugeLidarSweepFailsNamingTheFile() throws Exception {
    Path cut = root.resolve("cut.pcd.bin");
    Files.write(cut, new byte[20 * 3 + 7]);
    assertThatThrownBy(new NuScenesLidarSweep(0, 0, cut, RigidTransform.IDENTITY)::load)
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining(cut.toString())
        .hasMessageContaining("truncated");
    Path huge = HostileFiles.sparse(root.resolve("huge.pcd.bin"), 20L << 26);
    NuScenesLidarSweep sweep = new NuScenesLidarSweep(0, 0, huge, RigidTransform.IDENTITY);
    assertThat(sweep.pointCount()).isEqualTo(1L << 26);
    assertThatThrownBy(sweep::load)
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining(huge.toString())
        .hasMessageContaining("per-file budget");
  }

  @Test
  void aTruncatedRadarFileOrOneClaimingMillionsOfReturnsIsRefused() throws Exception {
    byte[] good = TinyNuScenes.radarPcd(false);
    Path cut = root.resolve("cut.pcd");
    Files.write(cut, Arrays.copyOf(good, good.length - 10));
    assertThatThrownBy(() -> RadarPcd.read(cut))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining(cut.toString())
        .hasMessageContaining("data ends after 3 of 4 points");
    String text = new String(good, StandardCharsets.ISO_8859_1);
    Path lying = root.resolve("lying.pcd");
    Files.write(
        lying,
        text.replace("WIDTH 4", "WIDTH 300000000")
            .replace("POINTS 4", "POINTS 300000000")
            .getBytes(StandardCharsets.ISO_8859_1));
    HostileFiles.within(
        10,
        () ->
            assertThatThrownBy(() -> RadarPcd.read(lying))
                .isInstanceOf(DriveLogException.class)
                .hasMessageContaining(lying.toString()));
  }
}
