package dev.mapsmith.drivelog.mcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.LidarSweep;
import dev.mapsmith.drivelog.PointCloud;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link DriveLog#readInWorld} on bags written by {@code @mcap/core}: chunk by chunk on two threads
 * it gives exactly the points that sweep-by-sweep {@link LidarSweep#loadInWorld} gives, for every
 * compression and field layout the fixtures have, and a damaged chunk is an error naming it.
 */
class McapBulkReadTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tf-velodyne-zstd.mcap", // zstd chunks, float32 x y z, float32 time
        "tf-velodyne-none.mcap", // uncompressed chunks: records read in place
        "odom-ouster-lz4.mcap", // lz4 chunks, Ouster layout with padding, uint32 't' in ns
        "gnss-imu-no-summary.mcap" // no chunks, no summary, float64 x y z
      })
  void twoThreadsChunkByChunkGiveTheSerialPoints(String name) throws Exception {
    try (DriveLog log = DriveLogs.open(McapFixtures.bag(name))) {
      List<LidarSweep> sweeps = log.sweeps();
      assertThat(sweeps).isNotEmpty();
      List<PointCloud> serial = new ArrayList<>();
      for (LidarSweep s : sweeps) {
        serial.add(s.loadInWorld(log.trajectory()));
      }
      for (int threads : new int[] {1, 2, 3}) {
        AtomicReferenceArray<PointCloud> bulk = new AtomicReferenceArray<>(sweeps.size());
        log.readInWorld(
            sweeps,
            threads,
            (i, c) -> assertThat(bulk.getAndSet(i, c)).as("sweep %d given twice", i).isNull());
        for (int i = 0; i < sweeps.size(); i++) {
          assertSame(
              serial.get(i), bulk.get(i), name + " sweep " + i + ", " + threads + " threads");
        }
      }
    }
  }

  @Test
  void aSubsetInAnyOrderIsHandedOutByItsPlaceInTheList() throws Exception {
    try (DriveLog log = DriveLogs.open(McapFixtures.bag("tf-velodyne-zstd.mcap"))) {
      List<LidarSweep> all = log.sweeps();
      List<LidarSweep> asked = List.of(all.get(17), all.get(2), all.get(3), all.get(11));
      PointCloud[] got = new PointCloud[asked.size()];
      log.readInWorld(asked, 2, (i, c) -> got[i] = c);
      for (int i = 0; i < asked.size(); i++) {
        assertSame(asked.get(i).loadInWorld(log.trajectory()), got[i], "asked " + i);
      }
    }
  }

  @Test
  void aDamagedChunkStopsTheReadWithItsOffset() throws Exception {
    Path bag = dir.resolve("crc.mcap");
    Files.copy(McapFixtures.bag("tf-velodyne-zstd.mcap"), bag);
    long chunkOffset;
    try (McapFile f = McapFile.open(bag)) {
      ChunkInfo c = f.chunks().get(f.chunkCount() - 2);
      chunkOffset = c.chunkOffset();
      byte[] b = Files.readAllBytes(bag);
      b[(int) (c.recordsOffset() + c.compressedSize() / 2)] ^= 0x5a;
      Files.write(bag, b);
    }
    try (DriveLog log = DriveLogs.open(bag)) {
      assertThatThrownBy(() -> log.readInWorld(log.sweeps(), 2, (i, c) -> {}))
          .isInstanceOf(DriveLogException.class)
          .hasMessageContaining("record at byte " + chunkOffset);
    }
  }

  private static void assertSame(PointCloud want, PointCloud got, String what) {
    assertThat(got).as(what).isNotNull();
    assertThat(got.size()).as(what).isEqualTo(want.size());
    int n = want.size();
    assertThat(Arrays.copyOf(got.x(), n)).as(what).containsExactly(Arrays.copyOf(want.x(), n));
    assertThat(Arrays.copyOf(got.y(), n)).as(what).containsExactly(Arrays.copyOf(want.y(), n));
    assertThat(Arrays.copyOf(got.z(), n)).as(what).containsExactly(Arrays.copyOf(want.z(), n));
    assertThat(Arrays.copyOf(got.intensity(), n))
        .as(what)
        .containsExactly(Arrays.copyOf(want.intensity(), n));
    if (want.time() == null) {
      assertThat(got.time()).as(what).isNull();
    } else {
      assertThat(Arrays.copyOf(got.time(), n))
          .as(what)
          .containsExactly(Arrays.copyOf(want.time(), n));
    }
  }
}
