package dev.mapsmith.drivelog.kitti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.core.frame.RigidTransform;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.HostileFiles;
import dev.mapsmith.drivelog.SkippedFrame;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crafted KITTI drives (issue 17): named pipes where an OXTS record or a sweep should be are
 * skipped at once with a note, never waited on; a sparse multi-GB sweep is refused against the
 * memory budget instead of ending in an OutOfMemoryError. Runs in a small heap (see the pom).
 */
class HostileKittiTest {

  @TempDir Path dir;

  @Test
  void namedPipesInADriveAreSkippedWithANoteInsteadOfHanging() throws Exception {
    Path drive = KittiTestDrives.write(dir, 3);
    Path oxts = drive.resolve("oxts/data/0000000001.txt");
    Path bin = drive.resolve("velodyne_points/data/0000000002.bin");
    Files.delete(oxts);
    Files.delete(bin);
    HostileFiles.fifo(oxts);
    HostileFiles.fifo(bin);
    HostileFiles.within(
        10,
        () -> {
          try (DriveLog log = DriveLogs.open(drive)) {
            assertThat(log.skipped())
                .extracting(SkippedFrame::reason)
                .anySatisfy(r -> assertThat(r).contains(oxts.toString()).contains("named pipe"))
                .anySatisfy(r -> assertThat(r).contains(bin.toString()).contains("named pipe"));
            assertThat(log.sweeps()).hasSize(2);
          }
        });
    KittiBinSweep sweep = new KittiBinSweep(2, 0, bin, RigidTransform.IDENTITY);
    HostileFiles.within(
        5, () -> assertThatThrownBy(sweep::load).hasMessageContaining("named pipe"));
  }

  @Test
  void aSparseMultiGigabyteSweepIsRefusedAgainstTheMemoryBudget() throws Exception {
    Path bin = HostileFiles.sparse(dir.resolve("0000000000.bin"), 4L << 30);
    KittiBinSweep sweep = new KittiBinSweep(0, 0, bin, RigidTransform.IDENTITY);
    assertThat(sweep.pointCount()).isEqualTo((4L << 30) / 16);
    assertThatThrownBy(sweep::load)
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining(bin.toString())
        .hasMessageContaining("per-file budget");
  }

  @Test
  void aFolderWhereAnOxtsRecordShouldBeIsSkipped() throws Exception {
    Path drive = KittiTestDrives.write(dir, 2);
    Path oxts = drive.resolve("oxts/data/0000000000.txt");
    Files.delete(oxts);
    Files.createDirectory(oxts);
    try (DriveLog log = DriveLogs.open(drive)) {
      assertThat(log.skipped())
          .extracting(SkippedFrame::reason)
          .anySatisfy(r -> assertThat(r).contains(oxts.toString()).contains("a directory"));
    }
  }
}
