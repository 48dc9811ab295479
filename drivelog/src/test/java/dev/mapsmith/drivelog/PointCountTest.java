package dev.mapsmith.drivelog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.drivelog.kitti.KittiTestDrives;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link LidarSweep#pointCount()} agrees with the decoded clouds in every format. */
class PointCountTest {

  @TempDir Path tmp;

  @Test
  void kittiCountsFromFileSizeMatchTheDecodedSweeps() throws Exception {
    Path drive = KittiTestDrives.write(tmp, 3);
    try (DriveLog log = DriveLogs.open(drive)) {
      assertThat(log.sweeps()).hasSize(3);
      for (LidarSweep s : log.sweeps()) {
        assertThat(s.pointCount()).isEqualTo(s.load().size()).isPositive();
      }
    }
  }

  @Test
  void av2CountFromArrowMetadataMatchesTheDecodedSweep() throws Exception {
    try (DriveLog log = DriveLogs.open(Fixtures.require(Fixtures.AV2_LOG))) {
      LidarSweep s = log.sweeps().get(0);
      assertThat(s.pointCount()).isEqualTo(s.load().size()).isGreaterThan(10_000);
    }
  }

  @Test
  void pcdCountFromTheHeaderMatchesTheDecodedCloud() throws Exception {
    for (String f : new String[] {"pcd/lamppost_ascii.pcd", "pcd/car6_binary_compressed.pcd"}) {
      try (DriveLog log = DriveLogs.open(Fixtures.require(f))) {
        LidarSweep s = log.sweeps().get(0);
        assertThat(s.pointCount()).as(f).isEqualTo(s.load().size()).isPositive();
      }
    }
  }
}
