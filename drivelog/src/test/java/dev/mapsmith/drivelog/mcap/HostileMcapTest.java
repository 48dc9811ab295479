package dev.mapsmith.drivelog.mcap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.HostileFiles;
import dev.mapsmith.drivelog.InputFiles;
import dev.mapsmith.drivelog.LidarSweep;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crafted MCAP inputs (issue 17): the bag and its topic map are opened through {@code InputFiles},
 * so a missing file, a folder or named pipe named like a bag, a chunk larger than the memory budget
 * and a truncated file each end in a clear error naming the file and the fault, never a hang or an
 * OutOfMemoryError. Runs in a small heap (see the pom).
 */
class HostileMcapTest {

  @TempDir Path dir;

  @Test
  void aMissingBagIsNamed() {
    Path bag = dir.resolve("gone.mcap");
    assertThatThrownBy(() -> McapFile.open(bag))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining(bag.toString())
        .hasMessageContaining("no such file");
  }

  @Test
  void aFolderOrNamedPipeNamedLikeABagIsRefusedAtOnce() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("folder.mcap"));
    assertThatThrownBy(() -> McapFile.open(folder))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining(folder.toString())
        .hasMessageContaining("a directory");
    Path pipe = HostileFiles.fifo(dir.resolve("pipe.mcap"));
    HostileFiles.within(
        5,
        () -> {
          assertThatThrownBy(() -> McapFile.open(pipe))
              .hasMessageContaining(pipe.toString())
              .hasMessageContaining("named pipe");
          assertThatThrownBy(() -> DriveLogs.open(pipe)).hasMessageContaining("named pipe");
        });
  }

  @Test
  void aNamedPipeOrFolderWhereTheTopicMapShouldBeIsNamedNotWaitedOn() throws Exception {
    Path bag = dir.resolve("drive.mcap");
    Files.copy(McapFixtures.bag("tf-velodyne-zstd.mcap"), bag);
    Path yaml = HostileFiles.fifo(dir.resolve("drive.topics.yaml"));
    HostileFiles.within(
        5,
        () ->
            assertThatThrownBy(() -> DriveLogs.open(bag))
                .isInstanceOf(DriveLogException.class)
                .hasMessageContaining(yaml.toString())
                .hasMessageContaining("named pipe"));
    Files.delete(yaml);
    Files.createDirectory(yaml);
    assertThatThrownBy(() -> DriveLogs.open(bag))
        .hasMessageContaining(yaml.toString())
        .hasMessageContaining("a directory");
  }

  @Test
  void aChunkLargerThanTheMemoryBudgetIsRefusedWithItsOffset() throws Exception {
    Path bag = dir.resolve("big-chunk.mcap");
    Files.copy(McapFixtures.bag("tf-velodyne-zstd.mcap"), bag);
    ChunkInfo chunk;
    try (McapFile f = McapFile.open(bag)) {
      chunk = f.chunks().stream().max(Comparator.comparingLong(ChunkInfo::compressedSize)).get();
    }
    String old = System.setProperty(InputFiles.BUDGET_PROPERTY, "8");
    try {
      // 9 MiB: what the stored zstd bytes could expand to, but more than an 8 MiB budget
      long declared = 9L << 20;
      assertThat(chunk.compressedSize() * 65_536).isGreaterThan(declared);
      byte[] b = Files.readAllBytes(bag);
      int at = (int) chunk.chunkOffset() + 9 + 16; // uncompressed_size, after start/end time
      ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putLong(at, declared);
      Files.write(bag, b);
      List<String> faults = new ArrayList<>();
      try (DriveLog log = DriveLogs.open(bag)) {
        log.skipped().forEach(s -> faults.add(s.reason()));
        for (LidarSweep s : log.sweeps()) {
          try {
            s.load();
          } catch (DriveLogException e) {
            faults.add(e.getMessage());
          }
        }
      }
      assertThat(faults)
          .isNotEmpty()
          .allSatisfy(
              m ->
                  assertThat(m)
                      .contains("record at byte " + chunk.chunkOffset())
                      .contains("per-file budget of 8 MiB"));
    } finally {
      if (old == null) {
        System.clearProperty(InputFiles.BUDGET_PROPERTY);
      } else {
        System.setProperty(InputFiles.BUDGET_PROPERTY, old);
      }
    }
  }

  @Test
  void aBagCutInsideItsHeaderIsNamedAndStrictOpeningFailsOnACutChunk() throws Exception {
    byte[] whole = Files.readAllBytes(McapFixtures.bag("odom-ouster-lz4.mcap"));
    Path tiny = dir.resolve("tiny.mcap");
    Files.write(tiny, Arrays.copyOf(whole, 12));
    assertThatThrownBy(() -> DriveLogs.open(tiny))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining(tiny.toString());
    Path cut = dir.resolve("cut.mcap");
    Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
    assertThatThrownBy(() -> DriveLogs.openStrict(cut))
        .isInstanceOf(DriveLogException.class)
        .hasMessageContaining(cut.toString())
        .hasMessageContaining("cut short");
  }
}
